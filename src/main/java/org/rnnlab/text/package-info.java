/**
 * How rnnlab writes numbers and counts as text, in one place so that every command, chart and
 * report writes them alike.
 *
 * <ul>
 * <li>{@link org.rnnlab.text.Numbers}: numbers for machines (CSV cells, exact: they parse back to
 * the same {@code double}) and for people (prose, titles and tables: a few significant digits);</li>
 * <li>{@link org.rnnlab.text.Plural}: "1 epoch", "2 epochs".</li>
 * </ul>
 *
 * A leaf package: it imports nothing from rnnlab, so any package may use it.
 */
package org.rnnlab.text;
