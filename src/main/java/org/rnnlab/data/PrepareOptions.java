package org.rnnlab.data;

/**
 * Everything {@link PreparedData#prepare} needs besides the table.
 *
 * @param windows    window length, horizon, stride, many-to-one or many-to-many
 * @param split      chronological train / validation / test fractions
 * @param scaling    per-column scaling fitted on the training part
 * @param transforms log and diff, applied before scaling
 */
public record PrepareOptions(WindowOptions windows, SplitFractions split, Scaling scaling, Transforms transforms) {

    public PrepareOptions {
        if (windows == null || split == null || scaling == null || transforms == null) {
            throw new IllegalArgumentException("windows, split, scaling and transforms must all be given, got "
                    + windows + ", " + split + ", " + scaling + ", " + transforms);
        }
    }

    /** The given windows with the default split (0.7/0.15/0.15), ZSCORE scaling and no transforms. */
    public static PrepareOptions of(WindowOptions windows) {
        return new PrepareOptions(windows, SplitFractions.defaults(), Scaling.ZSCORE, Transforms.none());
    }

    public PrepareOptions withWindows(WindowOptions windows) {
        return new PrepareOptions(windows, split, scaling, transforms);
    }

    public PrepareOptions withSplit(SplitFractions split) {
        return new PrepareOptions(windows, split, scaling, transforms);
    }

    public PrepareOptions withScaling(Scaling scaling) {
        return new PrepareOptions(windows, split, scaling, transforms);
    }

    public PrepareOptions withTransforms(Transforms transforms) {
        return new PrepareOptions(windows, split, scaling, transforms);
    }
}
