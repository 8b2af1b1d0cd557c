package org.rnnlab.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rnnlab.data.PreparedData;
import org.rnnlab.data.SplitFractions;
import org.rnnlab.data.TimeSeriesTable;
import org.rnnlab.data.Transforms;
import org.rnnlab.model.SequenceModel;
import org.rnnlab.text.Plural;
import org.rnnlab.train.MetricsRecorder;
import org.rnnlab.train.Trainer;
import org.rnnlab.train.TrainingConfig;
import org.rnnlab.train.TrainingListener;
import org.rnnlab.train.TrainingResult;

/**
 * The training part of a {@link TrainingRun}, without writing anything: the recipe (given, or
 * chosen by {@link RecipeSearch}), the first network with early stopping on the validation part,
 * the other ensemble members (seeds {@code seed+1 …}, in parallel, on the same windows), and with
 * refit every member retrained from its initial weights on the training and validation rows for
 * the number of epochs its early stopping kept (what forecasters do before forecasting; the test
 * part stays untouched).
 */
public final class Fitting {

    private Fitting() {
    }

    /** Fits the plan on a loaded table; {@code hooks} hear what happens. */
    public static Fitted fit(TrainingPlan plan, TimeSeriesTable table, int season, TrainingRun.Hooks hooks) {
        return fit(plan, table, season, hooks, Checkpoints.none());
    }

    /** Fits the plan, every training saving to (and continuing from) its checkpoint in {@code checkpoints}. */
    public static Fitted fit(TrainingPlan asked, TimeSeriesTable table, int season, TrainingRun.Hooks hooks,
            Checkpoints checkpoints) {
        TrainingPlan plan = asked;
        boolean shortValidation = plan.transforms().auto() && validationTooShort(plan, table, season, hooks);
        Fitted first;
        if (plan.transforms().auto() && !shortValidation) {
            first = search(plan, table, season, hooks, checkpoints);
        } else if (plan.transforms().explicit()) {
            first = single(plan, table, plan.transforms().resolve(season), Optional.empty(), season, hooks, checkpoints);
        } else {
            RecipeChoice choice = byRule(plan, table, season, hooks, shortValidation);
            plan = plan.windowGiven() ? plan : windowFor(plan, table, choice.chosen(), hooks);
            first = single(plan, table, choice.chosen(), Optional.of(choice), season, hooks, checkpoints);
        }
        Fitted ensemble = plan.ensemble() > 1 ? withMembers(plan, first, hooks, checkpoints) : first;
        Fitted withErrors = withHeldOutErrors(ensemble, season, hooks);
        return plan.refit() ? refit(plan, table, withErrors, hooks, checkpoints) : withErrors;
    }

    /** The validation forecast errors for prediction intervals, taken before any refit sees those rows. */
    private static Fitted withHeldOutErrors(Fitted fitted, int season, TrainingRun.Hooks hooks) {
        boolean usable = fitted.data().validation().isEmpty() || fitted.result().bestEpoch() >= 0;
        if (!usable || !fitted.ensemble().members().stream().allMatch(ModelSaving::finite)) {
            return fitted;
        }
        var errors = HeldOutErrors.ofValidation(fitted.ensemble(), fitted.data(), season);
        errors.ifPresent(e -> hooks.note("prediction intervals: forecasts from " + Plural.of(e.get(0).count(0),
                "origin") + " in the validation part, up to " + Plural.of(e.get(0).steps(), "step") + " ahead"));
        return errors.map(fitted::withIntervals).orElse(fitted);
    }

    private static Fitted single(TrainingPlan plan, TimeSeriesTable table, Transforms transforms,
            Optional<RecipeChoice> choice, int season, TrainingRun.Hooks hooks, Checkpoints checkpoints) {
        PreparedData data = PreparedData.prepare(table, plan.prepare().withTransforms(transforms));
        hooks.note(TrainingDescription.table(table, season));
        SequenceModel net = create(plan, data, plan.seed());
        TrainingConfig config = plan.models().training(data.train().count(), window(plan)).withSeed(plan.seed());
        hooks.note(TrainingDescription.windows(data, net));
        HighwayStart.apply(plan.models(), net, data.train().sequences()).ifPresent(f -> hooks.note(f.sentence()));
        if (data.validation().isEmpty()) {
            hooks.note("no validation part (--split), so no early stopping: the final weights are kept");
        }
        MetricsRecorder metrics = new MetricsRecorder();
        List<TrainingListener> listeners = new ArrayList<>(hooks.listeners(config));
        listeners.add(0, metrics);
        listeners.add(checkpoints.listener("train"));
        TrainingResult result = Trainer.fit(net, data.train().sequences(),
                data.validation().isEmpty() ? null : data.validation().sequences(), config, listeners,
                checkpoints.of("train", metrics));
        net.releaseWorkspaces();
        return new Fitted(data, Ensemble.of(net), config, result, metrics, List.of(new Fitted.Member(plan.seed(),
                result)), choice, List.of(), List.of(), result.seconds());
    }

    private static Fitted search(TrainingPlan plan, TimeSeriesTable table, int season, TrainingRun.Hooks hooks,
            Checkpoints checkpoints) {
        List<Transforms> candidates = TransformChoice.candidates(table, season);
        RecipeSearch.requireOneFits(table, plan.prepare(), candidates);
        hooks.note(TrainingDescription.table(table, season));
        hooks.note("--transform auto: training " + candidates.size() + " candidate recipes (" + String.join(", ",
                candidates.stream().map(Transforms::label).toList()) + ") on " + Math.min(plan.threads(),
                candidates.size()) + " threads; the validation part decides");
        List<RecipeSearch.Candidate> trained = RecipeSearch.train(table, plan.prepare(), candidates, plan.models(),
                plan.seed(), plan.threads(), c -> hooks.note(TrainingDescription.candidate(c)), checkpoints);
        RecipeSearch.Candidate best = RecipeSearch.best(trained).orElseThrow(() -> new IllegalStateException(
                "no candidate recipe trained to usable weights (every one diverged or did not fit the file); name the"
                        + " transforms with --transform, or change the training options"));
        RecipeChoice choice = RecipeChoice.of(best.transforms(), trained);
        hooks.note(choice.sentence());
        hooks.note(TrainingDescription.windows(best.data(), best.model()));
        TrainingConfig config = plan.models().training(best.data().train().count(), window(plan)).withSeed(plan.seed());
        double total = trained.stream().filter(c -> c.result() != null).mapToDouble(c -> c.result().seconds()).sum();
        return new Fitted(best.data(), Ensemble.of(best.model()), config, best.result(), best.metrics(),
                List.of(new Fitted.Member(plan.seed(), best.result())), Optional.of(choice), List.of(), List.of(), total);
    }

    /**
     * Whether {@code auto} leaves the choice to {@link RecipeRule}: when the validation part holds
     * fewer rows than one season, it sees only part of the seasonal cycle, and a choice on it
     * follows that part (measured on a 72-row monthly series, whose 9 to 11 validation rows made
     * log,diff win on one rising stretch and drift over the next year).
     */
    private static boolean validationTooShort(TrainingPlan plan, TimeSeriesTable table, int season,
            TrainingRun.Hooks hooks) {
        var rows = plan.prepare().split().rowsOf(table.rows());
        int validation = rows.validationEnd() - rows.trainEnd();
        if (season < 2 || validation >= season || validation == 0) {
            return false;
        }
        hooks.note("--transform auto: the validation part has " + Plural.of(validation, "row") + ", less than one"
                + " season (" + season + "), too few to choose a recipe on; the trend, season and spread tests of"
                + " --transform rule decide instead");
        return true;
    }

    /**
     * A default window that fits the recipe the rule chose. The window chosen before fits every
     * candidate recipe (the one with the most rows lost to differences), or, on a file too short
     * for that, is the preferred 12, which may not fit the recipe actually trained; only then is it
     * chosen again, shorter (a window that fits is kept, as the start-up line said it).
     */
    private static TrainingPlan windowFor(TrainingPlan plan, TimeSeriesTable table, Transforms chosen,
            TrainingRun.Hooks hooks) {
        var w = plan.prepare().windows();
        var fitted = DefaultWindow.applied(w, table.rows(), plan.prepare().split(), chosen.firstRow());
        if (fitted.window() >= w.window()) {
            return plan;
        }
        hooks.note("window " + fitted.window() + " for " + chosen.label() + " (the default " + DefaultWindow.PREFERRED
                + " leaves too few training windows in this " + table.rows() + "-row series; --window sets it)");
        return plan.withPrepare(plan.prepare().withWindows(fitted));
    }

    /** {@link RecipeRule}'s recipe from the training rows of the first target, said with its reasons. */
    private static RecipeChoice byRule(TrainingPlan plan, TimeSeriesTable table, int season, TrainingRun.Hooks hooks,
            boolean shortValidation) {
        int trainEnd = plan.prepare().split().rowsOf(table.rows()).trainEnd();
        double[] y = java.util.Arrays.copyOf(table.column(table.targetColumns()[0]), trainEnd);
        RecipeRule.Decision d = RecipeRule.decide(y, season);
        hooks.note("--transform rule: " + d.transforms().label() + " from the training rows: " + d.reasons());
        return RecipeChoice.byRule(d, shortValidation);
    }

    /** Trains members 2 … N on the first member's windows; a member without usable weights is left out, and said. */
    private static Fitted withMembers(TrainingPlan plan, Fitted first, TrainingRun.Hooks hooks,
            Checkpoints checkpoints) {
        PreparedData data = first.data();
        List<Long> seeds = new ArrayList<>();
        for (int k = 1; k < plan.ensemble(); k++) {
            seeds.add(plan.seed() + k);
        }
        hooks.note("--ensemble " + plan.ensemble() + ": training " + seeds.size() + " more members (seeds "
                + seeds.get(0) + "–" + seeds.get(seeds.size() - 1) + ") on " + data.options().transforms().label());
        List<Trained> trained = Parallel.map(seeds, plan.threads(), "rnnlab-member", seed -> {
            SequenceModel net = create(plan, data, seed);
            HighwayStart.apply(plan.models(), net, data.train().sequences());
            TrainingConfig config = plan.models().training(data.train().count(), window(plan)).withSeed(seed);
            String key = "member-" + seed;
            TrainingResult result = Trainer.fit(net, data.train().sequences(),
                    data.validation().isEmpty() ? null : data.validation().sequences(), config,
                    List.of(checkpoints.listener(key)), checkpoints.of(key, null));
            net.releaseWorkspaces();
            return new Trained(seed, net, result);
        });
        List<SequenceModel> nets = new ArrayList<>(first.ensemble().members());
        List<Fitted.Member> members = new ArrayList<>(first.members());
        double total = first.totalSeconds();
        for (Trained t : trained) {
            total += t.result.seconds();
            boolean usable = (data.validation().isEmpty() || t.result.bestEpoch() >= 0) && ModelSaving.finite(t.net);
            if (usable) {
                nets.add(t.net);
                members.add(new Fitted.Member(t.seed, t.result));
            } else {
                hooks.note("member with seed " + t.seed + " left out: " + t.result.outcome());
            }
        }
        return new Fitted(data, new Ensemble(nets), first.config(), first.result(), first.metrics(), members,
                first.choice(), List.of(), List.of(), total);
    }

    /** Retrains every member on training + validation rows for the epochs its early stopping kept. */
    private static Fitted refit(TrainingPlan plan, TimeSeriesTable table, Fitted fitted, TrainingRun.Hooks hooks,
            Checkpoints checkpoints) {
        PreparedData before = fitted.data();
        SplitFractions split = before.options().split();
        PreparedData data = PreparedData.prepare(table, before.options().withSplit(
                new SplitFractions(split.train() + split.validation(), 0, split.test())));
        List<Fitted.Member> members = fitted.members();
        hooks.note("--refit: retraining " + Plural.of(members.size(), "network")
                + " on the " + data.train().count() + " training + validation windows for the epochs early stopping"
                + " kept (" + String.join(", ", members.stream().map(m -> String.valueOf(m.result().bestEpoch() + 1))
                        .toList()) + ")");
        List<Refitted> refitted = Parallel.map(members, plan.threads(), "rnnlab-refit", m -> {
            SequenceModel net = create(plan, data, m.seed());
            HighwayStart.apply(plan.models(), net, data.train().sequences());
            TrainingConfig config = plan.models().training(data.train().count(), window(plan)).withSeed(m.seed())
                    .withEpochs(m.result().bestEpoch() + 1);
            MetricsRecorder metrics = new MetricsRecorder();
            String key = "refit-" + m.seed();
            TrainingResult result = Trainer.fit(net, data.train().sequences(), null, config,
                    List.of(metrics, checkpoints.listener(key)), checkpoints.of(key, metrics));
            net.releaseWorkspaces();
            return new Refitted(net, config, result, metrics);
        });
        Refitted first = refitted.get(0);
        double total = fitted.totalSeconds() + refitted.stream().mapToDouble(r -> r.result.seconds()).sum();
        return new Fitted(data, new Ensemble(refitted.stream().map(r -> r.net).toList()), first.config,
                first.result, first.metrics, members, fitted.choice(),
                refitted.stream().map(r -> r.result.epochs()).toList(), fitted.intervals(), total);
    }

    /** Rejects, before any training, --refit and --transform auto without a validation part. */
    static void checkSplit(TrainingPlan plan) {
        if (plan.transforms().auto()) {
            RecipeSearch.requireValidationPart(plan.prepare().split());
        }
        if (plan.refit() && plan.prepare().split().validation() == 0) {
            throw new IllegalArgumentException("--refit retrains for the epochs early stopping chose on the validation"
                    + " part, and --split gives it none; give a validation fraction, or leave --refit out");
        }
    }

    private record Trained(long seed, SequenceModel net, TrainingResult result) {
    }

    private record Refitted(SequenceModel net, TrainingConfig config, TrainingResult result, MetricsRecorder metrics) {
    }

    private static SequenceModel create(TrainingPlan plan, PreparedData data, long seed) {
        return plan.models().create(data.table().featureColumns().length, data.table().targetColumns().length,
                data.options().windows().manyToMany(), data.options().windows().window(), seed);
    }

    private static int window(TrainingPlan plan) {
        return plan.prepare().windows().window();
    }
}
