/**
 * The {@code rnnlab} command line (picocli): the one place that parses option text. Commands parse
 * their options into the library's records, call the library and print what it returns; {@code train}
 * and {@code backtest} are parsing plus one call ({@code forecast.TrainingRun.run},
 * {@code forecast.Backtest.run}).
 *
 * <h2>Commands</h2>
 * <ul>
 * <li>{@link org.rnnlab.cli.Main}: the root command, {@code --debug}, the exit codes (0 success,
 * 1 a failure inside or a diverged training run, 2 bad input) and whether stderr is a terminal.</li>
 * <li>The gradient laboratory: {@code compare}, {@code sweep} (thresholds, or {@code --policies})
 * and {@code report} (the default study, into {@code reports/default/}, or {@code --study gains},
 * into {@code reports/gains/}), each a study's grid run durably by
 * {@code experiment.DurableStudy} on an {@code experiment.StudyRunner} (the local
 * {@code experiment.Runner}, or Spark's) and written up by {@code report.StudyReport}
 * ({@code StudyRun}, with progress from {@code StudyProgress}, and {@code provenance.json} from
 * {@code StudyProvenance}; {@code report --from DIR} rebuilds a report from its records).
 * {@code RunnerArgs} holds {@code --spark}, {@code --master}, {@code --verbose} and
 * {@code --reproducible}: it checks that Spark's classes are on the classpath before
 * {@code SparkRunner} (the only CLI class that names the Spark runner) is loaded, so that without
 * Spark {@code --spark} is one line and exit 2; {@code gradients} (one batch forward and backward), {@code generate} (a
 * synthetic task as CSV) and {@code demo}. {@code sweep --lrs} crosses learning rates with the
 * thresholds, {@code compare --layers 1,2,3,4} makes depth a study axis, and {@code gradients}
 * takes named variants or variant specs and prints the Jacobian flow ({@code JacobianText}).</li>
 * <li>Forecasting: {@code train} ({@code forecast.TrainingRun}), {@code backtest}
 * ({@code forecast.Backtest}), {@code evaluate}, {@code forecast} and {@code predict} (a trained
 * model applied to a file, through {@code forecast.TrainedModel}).</li>
 * <li>{@code bench}: training throughput and product-kernel rates on the reference workloads.</li>
 * </ul>
 *
 * <h2>Shared pieces</h2>
 * <ul>
 * <li>Option groups: {@code CsvArgs} (reading a CSV file), {@code WindowArgs} (windows, split,
 * transforms), {@code ModelArgs} (the network and its first weights), {@code TrainingArgs} (the
 * training loop and clipping), {@code ForecasterArgs} (all of these as a
 * {@code forecast.TrainingPlan}, shared by {@code train} and {@code backtest}), {@code StudyArgs}
 * and {@code VariantSpecs} (study grids and user-defined variants); {@code ClipSpecs}, the clipping
 * rules as words ({@code none}, {@code 2.5}, {@code autoclip:p=10:order=prior},
 * {@code agc:lambda=0.01}), the same on {@code train --clip}, {@code sweep --thresholds} and in
 * variant specs.</li>
 * <li>{@code Options}: text to the library's named choices, and the rejection of an option that
 * the other options make meaningless; {@code OptionValues}: every option's effective value for
 * run.json.</li>
 * <li>Into the library: {@code TrainModels} (the options as a {@code forecast.ModelSource}),
 * {@code StderrHooks} (a {@code forecast.TrainingRun.Hooks} writing lines, the progress bar of
 * {@code TrainingProgress} and, for {@code train}, {@code report.TrainingChartFile}).</li>
 * <li>Out to people: {@code EvaluationReport} (the test-part table, and its JSON from
 * {@code forecast.EvaluationJson}), {@code Errors} (one-line errors
 * {@code rnnlab: error: WHERE: WHAT}, the stack trace only with {@code --debug}),
 * {@code Version}.</li>
 * </ul>
 *
 * <p>May use every package; nothing imports it.
 */
package org.rnnlab.cli;
