/**
 * How rnnlab writes files so that a failure never leaves a lie behind.
 *
 * <ul>
 * <li>{@link org.rnnlab.io.AtomicFile}: one file completely or not at all (a temporary file renamed
 * over the target; {@code writeDurably} forces it to the disk first). Every file rnnlab writes goes
 * through it, and it opens files through {@link org.rnnlab.io.FileStreams}, where fault tests make
 * the disk fill up after N bytes.</li>
 * <li>{@link org.rnnlab.io.StagedDirectory}: a directory as one set (train runs, backtests): written
 * into {@code NAME.incomplete}, swapped in when complete, a swap cut short by a crash finished or
 * undone by the next opener.</li>
 * <li>{@link org.rnnlab.io.DirectoryLock}: one writer per directory, with the owner's process id in
 * the lock file, the operating system's lock (released when its process dies, so a killed owner's
 * lock is taken over), {@code beside} a directory that is swapped, {@code inside} one that is kept
 * across invocations.</li>
 * <li>{@link org.rnnlab.io.Manifest}: for directories written in place file by file (studies), the
 * names, sizes and SHA-256 of the set, written last.</li>
 * </ul>
 *
 * <p>Depends only on {@code error}.
 */
package org.rnnlab.io;
