/**
 * Time series from CSV files, made ready for recurrent models.
 *
 * <h2>Pipeline</h2>
 * <ol>
 * <li>{@link org.rnnlab.data.CsvLoader#load} reads a file, with {@link org.rnnlab.data.CsvOptions},
 * into an immutable {@link org.rnnlab.data.TimeSeriesTable}: numeric feature and target columns,
 * optional time labels (from the column named, or else the first column without numbers, or an
 * integer column rising by a constant step that is named like a time axis or comes first).
 * {@link org.rnnlab.data.TimeAxis} detects the labels' frequency and season
 * where it is obvious and continues them for forecasts.</li>
 * <li>{@link org.rnnlab.data.PreparedData#prepare}, with {@link org.rnnlab.data.PrepareOptions},
 * splits the rows chronologically ({@link org.rnnlab.data.SplitFractions},
 * {@link org.rnnlab.data.SplitRows}), applies {@link org.rnnlab.data.Transforms}, fits
 * {@link org.rnnlab.data.Scaling} on the training rows, and cuts each part into
 * {@link org.rnnlab.data.Windows} holding {@link org.rnnlab.data.Sequences}.
 * {@link org.rnnlab.data.PreparedData#prepareWith} does the same with a normalization fitted
 * before (a saved model's) instead of fitting one.</li>
 * <li>{@link org.rnnlab.data.Normalization} is the plain-data record of transforms and scaling a
 * model file stores; it and {@link org.rnnlab.data.Windows#toOriginal} turn predictions back into
 * original units, and {@link org.rnnlab.data.Windows} gives the naive baselines (persistence,
 * seasonal naive, training mean) on the same targets.</li>
 * </ol>
 *
 * <h2>Rules a caller must know</h2>
 * <ul>
 * <li>Window {@code i} takes rows {@code i … i+T−1}; its target lies at row {@code i+T−1+h}
 * (many-to-one) or at {@code i+j+h} for step {@code j} (many-to-many).</li>
 * <li>Split boundaries are at rows {@code round(train·N)} and {@code round((train+validation)·N)};
 * a window's targets lie inside one part; a training window lies wholly inside the training part,
 * a validation or test window may take its inputs from the rows before its part (the past), so
 * every row of those parts is a target.</li>
 * <li>A feature constant on the training rows gets scale 1 (it is shifted, never divided by 0); a
 * target constant there is rejected when a normalization is fitted, since there is nothing to learn.</li>
 * <li>With diff, a target is the change from its origin row {@code r−h} (the last row observed
 * before it); undo it from the level there: {@link org.rnnlab.data.Normalization#toOriginal} for
 * one prediction, {@link org.rnnlab.data.Normalization#toOriginalPath} for a recursive chain
 * starting from the last observed value.</li>
 * <li>Bad input is an {@link org.rnnlab.error.InputException} located at {@code FILE:LINE:FIELD};
 * a missing column ({@link org.rnnlab.data.MissingColumnException}) and a cell that other reading
 * options would take ({@link org.rnnlab.data.CellException}: a missing value, a decimal comma, a
 * date against the day/month order asked for by {@code --date-order} or a model) carry
 * advice that a caller which cannot change the options (a model reading new data) replaces;
 * bad option values are {@link java.lang.IllegalArgumentException}s naming the value.</li>
 * </ul>
 */
package org.rnnlab.data;
