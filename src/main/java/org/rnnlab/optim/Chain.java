package org.rnnlab.optim;

import java.util.List;

import org.rnnlab.tensor.Parameter;

/**
 * Links applied one after the other. A link that drops the step ({@link StepInfo#skipped()}) or stops
 * training ({@link StepInfo#stopped()}) ends the chain, so later links' state (momentum, moments) is
 * not fed a non-update. After each link the updates may have changed, so the next link that reads
 * their norms measures them again ({@link StepInfo#updatesChanged()}).
 */
public record Chain(List<GradientTransform> links) implements GradientTransform {

    public Chain {
        links = List.copyOf(links);
    }

    public static Chain of(GradientTransform... links) {
        return new Chain(List.of(links));
    }

    @Override
    public ChainState init(List<Parameter> parameters) {
        return new ChainState(links.stream().map(l -> l.init(parameters)).toList());
    }

    /** Each link's state, in the chain's order. */
    public record ChainState(List<State> states) implements State {

        public ChainState {
            states = List.copyOf(states);
        }

        @Override
        public void update(Updates updates, StepInfo info) {
            for (int i = 0; i < states.size(); i++) {
                states.get(i).update(updates, info);
                info.updatesChanged();
                if (info.skipped() || info.stopped()) {
                    return;
                }
            }
        }
    }
}
