package org.rnnlab.report;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.rnnlab.experiment.StudySettings;
import org.rnnlab.experiment.Variant;
import org.rnnlab.task.Task;

/**
 * What a report says about its study beyond the run records: what was studied and why, how, and
 * how long it took.
 *
 * @param title        the report's heading
 * @param task         the task's name ("adding")
 * @param baselineText the trivial predictor's loss in words (the charts take each length's value from
 *                     the runs' tasks)
 * @param successText  the success criterion in words
 * @param settings     sizes and budgets shared by every run
 * @param variants     each variant's name and its recipe in one line, in the study's order
 * @param reason       why the defaults are what they are (a paragraph), or empty
 * @param commandLine  the command that produced the study, or empty
 * @param started      when the study started, or null
 * @param seconds      wall time of the whole study, NaN if unknown
 * @param threads      worker threads the study ran on, 0 if unknown
 */
public record StudyDescription(String title, String task, String baselineText, String successText,
        StudySettings settings, Map<String, String> variants, String reason, String commandLine, Instant started,
        double seconds, int threads) {

    public StudyDescription {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a study description needs a title");
        }
        if (task == null || task.isBlank()) {
            throw new IllegalArgumentException("a study description needs the task's name");
        }
        if (settings == null) {
            throw new IllegalArgumentException("a study description needs the study's settings");
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0, got " + threads);
        }
        baselineText = baselineText == null ? "" : baselineText;
        successText = successText == null ? "" : successText;
        variants = variants == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variants));
        reason = reason == null ? "" : reason;
        commandLine = commandLine == null ? "" : commandLine;
    }

    /** A description from the task and the variants themselves; reason, command and timing empty. */
    public static StudyDescription of(String title, Task task, StudySettings settings, Collection<Variant> variants) {
        Map<String, String> described = new LinkedHashMap<>();
        variants.forEach(v -> described.put(v.name(), v.describe()));
        return new StudyDescription(title, task.name(), task.baselineText(), task.successText(),
                settings, described, "", "", null, Double.NaN, 0);
    }

    public StudyDescription withReason(String value) {
        return new StudyDescription(title, task, baselineText, successText, settings, variants, value,
                commandLine, started, seconds, threads);
    }

    public StudyDescription withCommandLine(String value) {
        return new StudyDescription(title, task, baselineText, successText, settings, variants, reason, value,
                started, seconds, threads);
    }

    /** When the study started, its wall time in seconds and the threads it ran on. */
    public StudyDescription withTiming(Instant startedAt, double wallSeconds, int threadCount) {
        return new StudyDescription(title, task, baselineText, successText, settings, variants, reason,
                commandLine, startedAt, wallSeconds, threadCount);
    }
}
