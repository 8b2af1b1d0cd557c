package org.rnnlab.init;

import java.util.Random;

import org.ojalgo.matrix.decomposition.QR;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/**
 * Orthogonal initialisation (Saxe, McClelland and Ganguli 2014): {@code gain·Q}, where Q comes
 * from the QR decomposition of a Gaussian matrix, with the signs of R's diagonal folded into Q so
 * that Q is uniformly (Haar) distributed. A square recurrent block then has every singular value
 * equal to {@code gain}, so repeated multiplication neither shrinks nor grows a vector at
 * initialisation. A non-square block gets orthonormal rows or columns, whichever are fewer.
 */
public record Orthogonal(double gain) implements Initializer {

    public Orthogonal {
        Initializer.positive("orthogonal gain", gain);
    }

    @Override
    public InitKind kind() {
        return InitKind.ORTHOGONAL;
    }

    @Override
    public double parameter() {
        return gain;
    }

    @Override
    public void fill(R064Store target, Fans fans, Random rng) {
        Initializer.requireShape(target, fans);
        int rows = fans.out(), cols = fans.in();
        int tall = Math.max(rows, cols), narrow = Math.min(rows, cols);
        R064Store gaussian = R064Store.FACTORY.make(tall, narrow);
        Initializer.fillNormal(gaussian, 1.0, rng);
        QR<Double> qr = QR.R064.make(gaussian);
        if (!qr.decompose(gaussian)) {
            throw new IllegalStateException("QR decomposition failed for a " + tall + "x" + narrow + " Gaussian matrix");
        }
        MatrixStore<Double> q = qr.getQ();
        MatrixStore<Double> r = qr.getR();
        for (int j = 0; j < narrow; j++) {
            double sign = r.doubleValue(j, j) < 0.0 ? -gain : gain;
            for (int i = 0; i < tall; i++) {
                double v = sign * q.doubleValue(i, j);
                if (rows >= cols) {
                    target.set(i, j, v);
                } else {
                    target.set(j, i, v);
                }
            }
        }
    }
}
