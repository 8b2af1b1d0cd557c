/**
 * The error type shared by every package for bad user input ({@link org.rnnlab.error.InputException}).
 * Internal failures stay ordinary exceptions; the command line maps bad input (this type, and an
 * {@link java.lang.IllegalArgumentException} naming a bad option value) to exit code 2 and other
 * failures to exit code 1.
 */
package org.rnnlab.error;
