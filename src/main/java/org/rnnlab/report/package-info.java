/**
 * Charts and reports (JFreeChart), written as PNG or SVG.
 *
 * <p>Study reports: one directory per study, written by
 * {@link org.rnnlab.report.StudyReport#write StudyReport.write(dir, description, records, options)}
 * from the run records alone.
 * {@link org.rnnlab.report.StudyDirectory} is the loading path: a study directory's
 * {@code study.json} (the {@link org.rnnlab.report.StudyDescription} and the run identities in
 * order) and its {@code runs/<id>.json} records ({@code experiment.RunRecords}), read back by
 * {@code load} so that {@code rnnlab report --from DIR} rebuilds every file below without training.
 *
 * <ul>
 * <li>{@code index.html} opens from disk (inline CSS, no scripts, relative links only);
 * {@code summary.md} holds the same text, figures and tables;</li>
 * <li>{@code results.csv} has one row per run (its outcome and the measures behind it), {@code metrics/}
 * one step-metrics CSV per run; steps count from 1 and every non-finite number is written the same
 * way ({@link org.rnnlab.text.Numbers#exact}: {@code nan}, {@code inf}, {@code -inf});</li>
 * <li>{@code charts/} holds the PNGs (SVG on request): gradient norm, loss and ‖∂L/∂h_t‖ per
 * length, final loss and success against length, the outcome map ({@code OutcomeMap}: variants ×
 * lengths coloured by outcome), a threshold sweep per family of variants that differ only in
 * clipping, the threshold each policy applied per step ({@code AppliedThresholdChart}, when a study
 * has auto τ, AutoClip or AGC), the activation gallery and the product of T activation
 * derivatives; the Jacobian flow σ_max(∂h_T/∂h_{T−k}) against the lag per length
 * ({@code JacobianFlowChart}); for stacked networks the bottom layer's gradient share against depth
 * and, per layer, the gradient and the update-to-weight ratio ({@code DepthReport}, {@code DepthCharts}).</li>
 * <li>Sections beyond the core: learning rate × clipping ({@code RateClipping}: which rates stayed
 * finite only with clipping), Jacobian flow, depth, and where diverged runs first turned non-finite
 * ({@code DiagnosticsReport}); their {@code results.csv} columns come from {@code DiagnosticColumns}.</li>
 * </ul>
 *
 * <p>Uncertainty, from {@link org.rnnlab.stats}: every rate (diverged, succeeded) is written as its
 * count with a 95% Wilson interval ("11 of 12 runs (95% CI 0.65–0.99)", {@code StatWording}), and
 * from five runs on every median over seeds (final loss, gradient norm) and the share of clipped
 * steps get a seeded percentile bootstrap interval over runs ({@code CellStatistics}; the seed
 * comes from the variant's name and the length). Pairs of variants that differ in one choice only
 * — clipping against none, or one activation against another — are tested exactly in the
 * contrasts section ({@code Contrasts}, {@code ContrastFindings}): divergence with Fisher's test per
 * length and a test stratified by length, final loss with a permutation test on ranks (a diverged
 * run ranks worst), and the sentence says when a difference is not significant at 5%, or could not
 * be at the number of seeds run.
 *
 * <p>Every section opens with sentences written from the numbers ({@link org.rnnlab.report.Findings});
 * one class per section holds the rules that turn the study's grid of variants × lengths into
 * words; they use the runs' outcomes, so a run that stayed finite with an exploded state is named
 * as such ("clipping bounded the step, not the state") and a loss above the baseline is never
 * called the lowest. In study charts each variant keeps one colour ({@code VariantColours}), and non-finite
 * points are dropped before they reach a log axis (divergence is drawn as a cross instead).
 *
 * <p>Single runs and series: {@link org.rnnlab.report.TrainingCharts} draws a training run's loss
 * and gradient norm, and {@link org.rnnlab.report.TrainingChartFile} writes it as a run directory's
 * {@code training.png}, titled from a {@link org.rnnlab.forecast.RunSummary};
 * {@link org.rnnlab.report.SeriesCharts} draws a series with its forecast.
 *
 * <p>Every chart, of a study, a run or a series, takes its look from
 * {@link org.rnnlab.report.ChartStyle} (fonts, colours, and a log axis where the data spans 20× or
 * more) and is written by {@link org.rnnlab.report.ChartWriter}. Numbers in charts and
 * text are {@link org.rnnlab.text.Numbers#readable readable}, in CSV files
 * {@link org.rnnlab.text.Numbers#exact exact}. Reads metrics and plain arrays only; never
 * trains or loads data.
 */
package org.rnnlab.report;
