/** How rnnlab writes files: completely or not at all ({@link org.rnnlab.io.AtomicFile}). */
package org.rnnlab.io;
