package org.rnnlab.forecast;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.rnnlab.train.CheckpointFile;
import org.rnnlab.train.Checkpointing;
import org.rnnlab.train.MetricsRecorder;
import org.rnnlab.train.TrainingListener;

/**
 * The checkpoints of the trainings of one run (or of one backtest model, in {@code model-M/}), one
 * file per training in a directory: {@code train.json} for a single network, {@code recipe-LABEL.json}
 * for each of auto's candidates, {@code member-SEED.json} and {@code refit-SEED.json} for an
 * ensemble's members and their refits. Re-running the same plan
 * with the same checkpoints continues every training where it stopped (a finished one is not trained
 * again), and {@link #resumed()} says which training continued from which step.
 */
public final class Checkpoints {

    private static final Checkpoints NONE = new Checkpoints(null, Double.POSITIVE_INFINITY);

    private final Path dir;
    private final double everySeconds;
    private final Map<String, Long> resumed = Collections.synchronizedMap(new LinkedHashMap<>());

    /** @param everySeconds the longest time between checkpoints within an epoch */
    public Checkpoints(Path dir, double everySeconds) {
        this.dir = dir;
        this.everySeconds = everySeconds;
        if (!(everySeconds > 0)) {
            throw new IllegalArgumentException("--checkpoint-every must be > 0 seconds, got " + everySeconds);
        }
    }

    /** No checkpoints (library callers that do not ask for them). */
    public static Checkpoints none() {
        return NONE;
    }

    /** How the training named {@code key} saves, keeping {@code metrics}' rows (null: none). */
    Checkpointing of(String key, MetricsRecorder metrics) {
        if (dir == null) {
            return Checkpointing.none();
        }
        return new Checkpointing(new CheckpointFile(dir.resolve(fileName(key))), everySeconds, metrics);
    }

    /** Checks that every checkpoint is whole and of this version, before anything is said or trained. */
    void requireReadable() {
        if (dir == null || !java.nio.file.Files.isDirectory(dir)) {
            return;
        }
        try (var files = java.nio.file.Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".json") && !name.startsWith(".") && !name.equals(RunStart.FILE)) {
                    new CheckpointFile(f).requireReadable();
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A listener that notes when the training named {@code key} continues from a checkpoint. */
    TrainingListener listener(String key) {
        return new TrainingListener() {
            @Override
            public void onResume(long step, int epoch, boolean finished) {
                resumed.put(key, step);
            }
        };
    }

    /** Each training that continued from a checkpoint, with the step it continued from, in the order they did. */
    public Map<String, Long> resumed() {
        synchronized (resumed) {
            return Map.copyOf(resumed);
        }
    }

    /** The first training's step, as run.json reports it ({@code "from_step"}), or −1 when nothing resumed. */
    long firstStep() {
        synchronized (resumed) {
            return resumed.values().stream().findFirst().orElse(-1L);
        }
    }

    static String fileName(String key) {
        return key.replaceAll("[^A-Za-z0-9_.+-]", "_") + ".json";
    }
}
