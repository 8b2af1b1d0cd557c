/**
 * The statistics that a study's report states with its numbers: how sure a rate or a median is,
 * and whether a difference between two variants could be chance at the number of seeds run.
 *
 * <ul>
 * <li>{@link org.rnnlab.stats.Counts} and {@link org.rnnlab.stats.Wilson}: a rate as "k of n" with
 * its 95% Wilson score interval, which stays honest at 0 of n and n of n;</li>
 * <li>{@link org.rnnlab.stats.Bootstrap}: a seeded percentile bootstrap interval of a median over
 * seeds, given from {@value org.rnnlab.stats.Bootstrap#MIN_VALUES} values on;</li>
 * <li>{@link org.rnnlab.stats.FisherExact}: Fisher's exact test on a 2×2 table (diverged or not,
 * variant A or B);</li>
 * <li>{@link org.rnnlab.stats.PermutationTest}: an exact permutation test on ranks for two groups
 * of losses, where a diverged run enters as +∞;</li>
 * <li>{@link org.rnnlab.stats.BatchMeans}: the Student interval of a share over dependent items in
 * time order (a backtest's coverage over its origins), from consecutive batches.</li>
 * </ul>
 *
 * Everything here is a pure function of its arguments: randomised procedures take an explicit
 * seed and draw from {@link java.util.Random}, so a report is the same on every machine. The
 * methods are small and written out (Apache Commons Math 3 has the hypergeometric distribution
 * and a Wilson interval but no Fisher or permutation test, and is no longer developed); their
 * tests check them against SciPy's values. Student's t quantiles come from Apache Commons
 * Statistics (its successor for distributions). Depends on nothing else in rnnlab.
 */
package org.rnnlab.stats;
