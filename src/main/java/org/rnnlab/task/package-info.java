/**
 * Learning problems for the gradient laboratory ({@link org.rnnlab.task.Task}): the adding problem,
 * temporal order and copy memory (long-range dependencies over T steps), a noisy sine, and any CSV
 * series; each with its baseline, success criterion and score.
 */
package org.rnnlab.task;
