package org.rnnlab.experiment;

/**
 * The time left of a study, weighted by cost: each run costs {@link RunSpec#cost()} (steps ×
 * length × cell type × hidden²), and the runs finished so far give the speed in cost per second of
 * a worker, from their own wall times and the steps they actually trained (a run that diverged
 * early cost only its steps). Time left = the planned cost of the runs not finished ÷ (speed ×
 * workers busy). It does not depend on the order in which runs finish, so it is about right from
 * the first finished run on.
 */
public final class StudyClock {

    private final int workers;
    private double remainingCost;
    private int remainingRuns;
    private double doneCost;
    private double doneSeconds;

    /**
     * @param runs    the runs to train
     * @param workers how many run at once
     */
    public StudyClock(java.util.List<RunSpec> runs, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be >= 1, got " + workers);
        }
        this.workers = workers;
        this.remainingRuns = runs.size();
        this.remainingCost = runs.stream().mapToDouble(RunSpec::cost).sum();
    }

    /** Counts a finished run. */
    public void finished(RunResult r) {
        remainingCost = Math.max(0.0, remainingCost - r.spec().cost());
        remainingRuns = Math.max(0, remainingRuns - 1);
        long planned = r.spec().settings().steps();
        double trained = Math.min(planned, Math.max(1, r.steps().size()));
        doneCost += r.spec().cost() * trained / planned;
        doneSeconds += Math.max(0.0, r.seconds());
    }

    /** Seconds left, NaN before any run with a measured time has finished. */
    public double secondsLeft() {
        if (remainingRuns == 0) {
            return 0.0;
        }
        if (!(doneSeconds > 0.0) || !(doneCost > 0.0)) {
            return Double.NaN;
        }
        double costPerSecond = doneCost / doneSeconds;
        return remainingCost / (costPerSecond * Math.min(workers, remainingRuns));
    }
}
