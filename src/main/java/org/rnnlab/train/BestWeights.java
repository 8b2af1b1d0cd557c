package org.rnnlab.train;

import java.util.List;

import org.rnnlab.tensor.Parameter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A copy of the weights at the best validation loss so far. */
final class BestWeights {

    private final List<Parameter> parameters;
    private final double[][] values;
    private double loss = Double.POSITIVE_INFINITY;
    private int epoch = -1;

    BestWeights(List<Parameter> parameters) {
        this.parameters = parameters;
        this.values = new double[parameters.size()][];
        for (int i = 0; i < values.length; i++) {
            values[i] = new double[parameters.get(i).size()];
        }
    }

    /** Keeps the current weights if {@code validationLoss} is the best so far; returns whether it was. */
    boolean offer(double validationLoss, int atEpoch) {
        if (!(validationLoss < loss)) {
            return false;
        }
        loss = validationLoss;
        epoch = atEpoch;
        for (int i = 0; i < values.length; i++) {
            System.arraycopy(parameters.get(i).value().data, 0, values[i], 0, values[i].length);
        }
        return true;
    }

    void restore() {
        for (int i = 0; i < values.length; i++) {
            System.arraycopy(values[i], 0, parameters.get(i).value().data, 0, values[i].length);
        }
    }

    double loss() {
        return epoch < 0 ? Double.NaN : loss;
    }

    int epoch() {
        return epoch;
    }

    /** The kept weights and their epoch and loss, for a checkpoint. */
    ObjectNode toJson() {
        ObjectNode o = CheckpointJson.NODES.objectNode();
        o.set("loss", org.rnnlab.optim.StateRecords.number(loss));
        o.put("epoch", epoch);
        ObjectNode w = o.putObject("weights");
        for (int i = 0; i < values.length; i++) {
            w.set(parameters.get(i).name(), CheckpointJson.doubles(values[i]));
        }
        return o;
    }

    void restore(JsonNode json, String where) {
        loss = CheckpointJson.number(json, "loss", where);
        epoch = (int) CheckpointJson.integer(json, "epoch", where, -1, Integer.MAX_VALUE);
        JsonNode w = CheckpointJson.object(json, "weights", where);
        for (int i = 0; i < values.length; i++) {
            String name = parameters.get(i).name();
            CheckpointJson.readDoubles(w.get(name), values[i], where + ".weights." + name);
        }
    }
}
