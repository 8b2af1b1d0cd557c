/**
 * Where a result came from: {@link org.rnnlab.provenance.Provenance} names the matrix-product
 * kernel in effect (with OpenBLAS's version and the core type it chose for the CPU), the CPU
 * model, the JVM, and rnnlab's version and git commit (from {@code build.properties}, which Maven
 * and {@code git-commit.txt}, which the build writes with {@code git describe}). {@code run.json} of {@code train} and every study run record one, so
 * a number that moves between machines can be traced to the kernel that produced it.
 *
 * <p>Depends on {@code tensor} (the kernel choice) only; {@code forecast}, {@code experiment} and
 * the command line use it.
 */
package org.rnnlab.provenance;
