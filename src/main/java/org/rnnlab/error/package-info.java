/**
 * The error type shared by every package for bad user input ({@link org.rnnlab.error.InputException}).
 * Internal failures stay ordinary exceptions; the command line maps the first to exit code 2 and
 * the second to exit code 1.
 */
package org.rnnlab.error;
