/**
 * Charts of runs and series (JFreeChart), written as PNG or SVG: {@link org.rnnlab.report.Charts}
 * holds the shared look and the file writing, {@link org.rnnlab.report.TrainingCharts} draws a
 * training run's loss and gradient norm, {@link org.rnnlab.report.SeriesCharts} a series with its
 * forecast. Reads metrics and plain arrays only; never trains or loads data.
 */
package org.rnnlab.report;
