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
    public State init(List<Parameter> parameters) {
        State[] states = links.stream().map(l -> l.init(parameters)).toArray(State[]::new);
        return (updates, info) -> {
            for (State s : states) {
                s.update(updates, info);
                info.updatesChanged();
                if (info.skipped() || info.stopped()) {
                    return;
                }
            }
        };
    }
}
