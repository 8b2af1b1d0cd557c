/**
 * Trained models applied to CSV series: the recipe that makes a file's windows again as in
 * training ({@link org.rnnlab.forecast.DataRecipe}), the model file that holds it with the fitted
 * normalization ({@link org.rnnlab.forecast.TrainedModel}), predictions per window in original
 * units ({@link org.rnnlab.forecast.WindowPredictions}), errors (RMSE, MAE, sMAPE, MASE) next to
 * naive baselines ({@link org.rnnlab.forecast.Evaluation}, {@link org.rnnlab.forecast.Accuracy})
 * and forecasts past the end of a series ({@link org.rnnlab.forecast.MultiStepForecast}).
 *
 * <p>Depends on {@code data} and {@code model} only; the command line builds on it.
 */
package org.rnnlab.forecast;
