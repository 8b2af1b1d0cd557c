/**
* Charts and reports (JFreeChart), written as PNG or SVG.
 *
 * <p>Study reports: one directory per study, written by
 * {@link org.rnnlab.report.StudyReport#write StudyReport.write(dir, description, records, options)}
 * from the run records alone.
 *
 * <ul>
 * <li>{@code index.html} opens from disk (inline CSS, no scripts, relative links only);
 * {@code summary.md} holds the same text, figures and tables;</li>
 * <li>{@code results.csv} has one row per run, {@code metrics/} one step-metrics CSV per run;</li>
 * <li>{@code charts/} holds the PNGs (SVG on request): gradient norm, loss and ‖∂L/∂h_t‖ per
 * length, final loss and success against length, a threshold sweep per family of variants that
 * differ only in clipping, and the activation gallery.</li>
 * </ul>
 *
 * Every section opens with sentences written from the numbers ({@link org.rnnlab.report.Findings});
 * one class per section holds the rules that turn the study's grid of variants × lengths into
 * words. Study charts share {@code ChartStyle}: one colour per variant in every chart, log axes where
 * the data spans decades, and non-finite points dropped before they reach a log axis (divergence is
 * drawn as a cross instead).
 *
 * <p>Single runs and series: {@link org.rnnlab.report.Charts} holds the shared look and the file
 * writing, {@link org.rnnlab.report.TrainingCharts} draws a training run's loss and gradient norm,
 * {@link org.rnnlab.report.SeriesCharts} a series with its forecast. Reads metrics and plain arrays
 * only; never trains or loads data.
 */
package org.rnnlab.report;
