package org.rnnlab.tensor;

import java.util.Arrays;

import org.ojalgo.matrix.store.R064Store;

/**
 * A learnable tensor: its value and the gradient of the loss with respect to it, of the same
 * shape, under PyTorch's {@code state_dict} name ({@code weight_ih_l0}, {@code head.bias}, ...).
 *
 * <p>Weights are stored as matrices in PyTorch's shape ({@code [G·H, D]} is {@code G·H} rows);
 * biases and other vectors as one column ({@code [n]} is {@code n × 1}). {@link #shape()} gives the
 * PyTorch shape, one or two dimensions.
 */
public final class Parameter {

    private final String name;
    private final ParameterKind kind;
    private final int layer;
    private final int[] shape;
    private final R064Store value;
    private final R064Store grad;
    private final Block valueBlock;
    private final Block gradBlock;

    private Parameter(String name, ParameterKind kind, int layer, int[] shape) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a parameter needs a name");
        }
        for (int d : shape) {
            if (d <= 0) {
                throw new IllegalArgumentException(name + ": every dimension must be > 0, got " + Arrays.toString(shape));
            }
        }
        this.name = name;
        this.kind = kind;
        this.layer = layer;
        this.shape = shape.clone();
        int rows = shape[0];
        int cols = shape.length == 2 ? shape[1] : 1;
        this.value = R064Store.FACTORY.make(rows, cols);
        this.grad = R064Store.FACTORY.make(rows, cols);
        this.valueBlock = Block.of(value);
        this.gradBlock = Block.of(grad);
    }

    /** A matrix parameter of PyTorch shape {@code [rows, cols]}, zero-filled. */
    public static Parameter matrix(String name, ParameterKind kind, int layer, int rows, int cols) {
        return new Parameter(name, kind, layer, new int[] {rows, cols});
    }

    /** A vector parameter of PyTorch shape {@code [size]}, zero-filled. */
    public static Parameter vector(String name, ParameterKind kind, int layer, int size) {
        return new Parameter(name, kind, layer, new int[] {size});
    }

    public String name() {
        return name;
    }

    public ParameterKind kind() {
        return kind;
    }

    /** The recurrent layer this parameter belongs to, or -1 for the head. */
    public int layer() {
        return layer;
    }

    /** PyTorch shape: {@code [n]} or {@code [rows, cols]}. */
    public int[] shape() {
        return shape.clone();
    }

    /** The shape as PyTorch prints it, e.g. {@code [512, 8]}. */
    public String shapeString() {
        return Arrays.toString(shape);
    }

    public int size() {
        return value.data.length;
    }

    public R064Store value() {
        return value;
    }

    public R064Store grad() {
        return grad;
    }

    public Block valueBlock() {
        return valueBlock;
    }

    public Block gradBlock() {
        return gradBlock;
    }

    /** Sets the gradient to zero. */
    public void zeroGrad() {
        Arrays.fill(grad.data, 0.0);
    }

    @Override
    public String toString() {
        return name + shapeString();
    }
}
