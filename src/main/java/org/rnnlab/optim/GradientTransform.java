package org.rnnlab.optim;

import java.util.List;

import org.rnnlab.tensor.Parameter;

/**
 * One link of an optimiser: an immutable recipe (a record of hyper-parameters) that makes the
 * per-run state holding whatever the link remembers between steps (momentum, second moments).
 * Optimisers and clipping are chains of such links (the optax design): Adam is "scale by Adam"
 * then "scale by −learning rate", and clipping is one more link in front. State lives only in the
 * {@link State}, never in the model.
 */
public interface GradientTransform {

    /** Fresh state for training {@code parameters}. */
    State init(List<Parameter> parameters);

    /** The per-run state of a link. */
    interface State {
        /**
         * Transforms the updates in place for optimisation step {@code info.step()}, recording what
         * it did (a clipping link: the norms and whether it clipped; a schedule: the learning rate).
         * A link that needs the updates' norms reads them from {@code info}, which measures them once.
         */
        void update(Updates updates, StepInfo info);
    }
}
