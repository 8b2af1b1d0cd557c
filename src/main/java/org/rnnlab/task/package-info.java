/**
 * Learning problems for the gradient laboratory ({@link org.rnnlab.task.Task}): the adding problem,
 * temporal order and copy memory (long-range dependencies over T steps), a noisy sine, and any CSV
 * series; each with its baseline, success criterion and score. A
 * {@link org.rnnlab.task.RecordedTask} is a task as a study's records keep it (its description and
 * the SHA-256 of its windows), for reports rebuilt without the data.
 */
package org.rnnlab.task;
