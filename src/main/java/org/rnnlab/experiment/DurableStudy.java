package org.rnnlab.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A study that survives being killed: every run has an identity ({@link RunIdentity}), and every
 * finished run's record is written into the study directory ({@link RunRecords}) the moment the
 * runner hands it over. Opening the same runs on the same directory again reads back the runs
 * already recorded instead of training them, so re-running a killed study's command continues it,
 * and its results equal those of an uninterrupted study (every run is seeded by its spec alone).
 * A changed setting changes the identities, so nothing stale is reused.
 */
public final class DurableStudy {

    private final RunRecords records;
    private final List<RunSpec> specs;
    private final List<String> ids;
    private final RunResult[] results;
    private final List<String> unreadable = new ArrayList<>();
    private int reused;

    private DurableStudy(RunRecords records, List<RunSpec> specs) {
        this.records = records;
        this.specs = List.copyOf(specs);
        this.ids = specs.stream().map(records::id).toList();
        this.results = new RunResult[specs.size()];
    }

    /**
     * The runs of {@code specs} in {@code dir}, with the records already there read back.
     *
     * @param version the rnnlab version (part of every identity)
     * @param fresh   delete the earlier records instead of reusing them
     */
    public static DurableStudy open(Path dir, List<RunSpec> specs, String version, boolean fresh) {
        RunRecords records = new RunRecords(dir, version);
        if (fresh) {
            records.clear();
        }
        DurableStudy study = new DurableStudy(records, specs);
        study.readBack();
        return study;
    }

    private void readBack() {
        for (int i = 0; i < specs.size(); i++) {
            try {
                Optional<RunResult> found = records.read(ids.get(i));
                if (found.isPresent()) {
                    results[i] = found.get();
                    reused++;
                }
            } catch (IllegalStateException e) {
                unreadable.add(e.getMessage()); // trained again; the new record replaces the file
            }
        }
    }

    /** The identities, in the order of the specs. */
    public List<String> ids() {
        return ids;
    }

    /** How many runs were read back instead of trained. */
    public int reused() {
        return reused;
    }

    /** Why record files that were found could not be reused (each is trained again). */
    public List<String> unreadable() {
        return List.copyOf(unreadable);
    }

    /** The runs still to train, in the order of the specs. */
    public List<RunSpec> remaining() {
        List<RunSpec> left = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            if (results[i] == null) {
                left.add(specs.get(i));
            }
        }
        return left;
    }

    /**
     * Trains the remaining runs with {@code runner}, writes each record as it arrives, then tells
     * {@code onDone}; returns every result, reused or new, in the order of the specs.
     */
    public List<RunResult> run(StudyRunner runner, Consumer<RunResult> onDone) {
        Map<RunSpec, Integer> index = new HashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            if (results[i] == null) {
                index.put(specs.get(i), i);
            }
        }
        runner.run(remaining(), r -> {
            Integer i = index.get(r.spec());
            if (i == null) { // a runner that sends results over the wire may return an equivalent spec: match by identity
                int at = ids.indexOf(records.id(r.spec()));
                i = at >= 0 && results[at] == null ? at : null;
            }
            if (i == null) {
                throw new IllegalStateException("the runner returned a run that was not asked for: " + r.spec().label());
            }
            records.write(ids.get(i), r);
            results[i] = r;
            onDone.accept(r);
        });
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                throw new IllegalStateException("the runner returned no result for " + specs.get(i).label());
            }
        }
        return List.of(results);
    }
}
