package org.rnnlab.forecast;

import java.util.List;

import org.ojalgo.matrix.store.R064Store;
import org.rnnlab.model.ModelConfig;
import org.rnnlab.model.SequenceModel;

/**
 * Networks of one shape, trained from different seeds on the same windows, predicting together:
 * the ensemble's output is the mean of the members' outputs in model space (scaled and
 * transformed), which is then undone as one prediction. Under a log transform that is the
 * geometric mean of the members' forecasts in original units. An ensemble of one is its member,
 * bit for bit.
 *
 * @param members one or more networks with the same configuration
 */
public record Ensemble(List<SequenceModel> members) {

    public Ensemble {
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one member");
        }
        members = List.copyOf(members);
        ModelConfig first = members.get(0).config();
        for (SequenceModel m : members) {
            if (!m.config().equals(first)) {
                throw new IllegalArgumentException("ensemble members must share one configuration, got " + first
                        + " and " + m.config());
            }
        }
    }

    /** An ensemble of one network. */
    public static Ensemble of(SequenceModel model) {
        return new Ensemble(List.of(model));
    }

    /** The members' shared configuration. */
    public ModelConfig config() {
        return members.get(0).config();
    }

    public int size() {
        return members.size();
    }

    /** The mean of the members' {@link SequenceModel#predict} outputs (a new store). */
    public R064Store predict(R064Store x, int batch) {
        R064Store sum = members.get(0).predict(x, batch);
        if (members.size() == 1) {
            return sum;
        }
        for (int k = 1; k < members.size(); k++) {
            R064Store out = members.get(k).predict(x, batch);
            for (int i = 0; i < sum.data.length; i++) {
                sum.data[i] += out.data[i];
            }
        }
        for (int i = 0; i < sum.data.length; i++) {
            sum.data[i] /= members.size();
        }
        return sum;
    }

    /** Frees every member's cached workspaces. */
    public void releaseWorkspaces() {
        members.forEach(SequenceModel::releaseWorkspaces);
    }
}
