/**
 * Forecasting CSV series: everything {@code train}, {@code evaluate}, {@code forecast},
 * {@code predict} and {@code backtest} do, as library calls.
 *
 * <h2>Training</h2>
 * {@link org.rnnlab.forecast.TrainingRun#run} is {@code rnnlab train}: it loads the file, applies
 * the default-window rule ({@link org.rnnlab.forecast.DefaultWindow}), fits
 * ({@link org.rnnlab.forecast.Fitting#fit}: the transforms given or, for
 * {@link org.rnnlab.forecast.TransformChoice auto}, chosen by {@link org.rnnlab.forecast.RecipeSearch}
 * among the candidates on the validation part ({@link org.rnnlab.forecast.RecipeChoice}), or by
 * {@link org.rnnlab.forecast.RecipeRule} when that part is shorter than one season; the highway's
 * ridge start ({@code HighwayStart}) on the training windows before each training; early
 * stopping, ensemble members, the validation forecast errors behind intervals
 * ({@link org.rnnlab.forecast.HeldOutErrors}), and the optional refit), scores the test part, and writes the run directory from a
 * {@link org.rnnlab.forecast.RunSummary}: the save rule ({@code ModelSaving}: a diverged model never
 * replaces a good one) and run.json ({@code TrainingRecord}, with {@link org.rnnlab.forecast.RunJson}
 * and {@link org.rnnlab.forecast.EvaluationJson}). The caller supplies the networks
 * ({@link org.rnnlab.forecast.ModelSource}) and hooks for progress, charts and lines for people.
 * The run directory is written as a set ({@code io.StagedDirectory}: into {@code DIR.incomplete},
 * swapped in when complete, under a lock), every training checkpoints into its staging directory
 * ({@link org.rnnlab.forecast.Checkpoints}, one file per training: the network, auto's candidates,
 * ensemble members, refits), and {@link org.rnnlab.forecast.TrainingRun.Durability} with
 * {@code resume} continues an interrupted run from them, with the command line and start time that
 * {@code RunStart} kept.
 * Independent trainings run on {@code Parallel}'s pool, each single-threaded, so no number depends
 * on the thread count; the first to fail interrupts the others, whose trainings stop before their
 * next step (their checkpoints stay as the last save left them), and is rethrown once they have ended.
 *
 * <h2>Applying a model</h2>
 * The recipe that makes a file's windows again ({@link org.rnnlab.forecast.DataRecipe}), the model
 * file with its normalization, members and interval errors ({@link org.rnnlab.forecast.TrainedModel},
 * {@link org.rnnlab.forecast.Ensemble}: the mean of the members' outputs in model space),
 * predictions per window ({@link org.rnnlab.forecast.WindowPredictions}), errors (RMSE, MAE, sMAPE,
 * MASE) next to naive baselines ({@link org.rnnlab.forecast.Evaluation},
 * {@link org.rnnlab.forecast.Accuracy}), forecasts past the end of a series or from earlier origins
 * ({@link org.rnnlab.forecast.MultiStepForecast}, {@link org.rnnlab.forecast.OriginForecasts}) and
 * their split-conformal intervals ({@link org.rnnlab.forecast.ConformalIntervals},
 * {@link org.rnnlab.forecast.ForecastBands}).
 *
 * <h2>Backtests</h2>
 * {@link org.rnnlab.forecast.Backtest#run} is {@code rnnlab backtest}: rolling origins (by default
 * the last 15 % of the rows, reaching back, never before the middle, until they form the three
 * groups of {@code OriginGroups} that an interval of coverage or error ratio needs), models that
 * see only the rows up to their origin, four baselines ({@code BacktestPoints}), scores per step and
 * overall with interval coverage ({@link org.rnnlab.forecast.BacktestScores}) and its files
 * ({@link org.rnnlab.forecast.BacktestFiles}, {@link org.rnnlab.forecast.BacktestSummary}; its
 * run.json holds each model's {@link org.rnnlab.forecast.ModelSignature}, by which
 * {@link org.rnnlab.forecast.BacktestErrors} refuses the errors of a model unlike the forecasting
 * one). Given a
 * checkpoint directory, each model's trainings save into {@code model-M/} there and the command line
 * into {@code arguments.json}, so a killed backtest resumes as a training run does.
 *
 * <p>Depends on {@code data}, {@code model}, {@code train}, {@code tensor}, {@code io}, {@code error}
 * and {@code text}; {@code report} draws its charts ({@code report.TrainingChartFile} the training
 * chart of a run directory) and the command line parses into it.
 */
package org.rnnlab.forecast;
