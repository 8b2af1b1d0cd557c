/**
 * Seeded weight initialisations ({@link org.rnnlab.init.Initializer}): normal, uniform,
 * Xavier/Glorot, He/Kaiming, orthogonal, scaled identity and PyTorch's default. Input and recurrent
 * weights can use different ones.
 */
package org.rnnlab.init;
