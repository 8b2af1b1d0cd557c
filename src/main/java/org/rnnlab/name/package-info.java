/**
 * Choices known by name ({@link org.rnnlab.name.Named}): cells, activations, initialisations,
 * losses, tasks, optimisers, clipping modes and the like, found by their lower-case id. A leaf:
 * it depends on nothing else in rnnlab, and the library and the command line both use it.
 */
package org.rnnlab.name;
