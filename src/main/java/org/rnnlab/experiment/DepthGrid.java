package org.rnnlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.rnnlab.task.Task;

/**
 * Depth as a study axis: every variant at every number of stacked layers × length × seed, the
 * variant renamed after its depth ("tanh-L3"), and the settings of each depth (the same but for
 * {@link StudySettings#layers()}). Runs are ordered variant by variant, shallow to deep. The weights
 * of a deeper network start from the same seed, so the bottom layers of the depths differ only by
 * where the generator stands when they are drawn.
 */
public final class DepthGrid {

    private DepthGrid() {
    }

    public static List<RunSpec> compare(List<Variant> variants, List<Integer> depths, List<Integer> lengths, int seeds,
            IntFunction<Task> taskOfLength, IntFunction<StudySettings> settingsOfDepth) {
        if (depths.isEmpty()) {
            throw new IllegalArgumentException("a depth study needs at least one depth");
        }
        if (depths.stream().distinct().count() != depths.size()) {
            throw new IllegalArgumentException("depths must be distinct, got " + depths);
        }
        List<RunSpec> specs = new ArrayList<>();
        for (Variant v : variants) {
            for (int depth : depths) {
                StudySettings s = settingsOfDepth.apply(depth);
                if (s.layers() != depth) {
                    throw new IllegalArgumentException("the settings of depth " + depth + " have " + s.layers() + " layers");
                }
                specs.addAll(Grid.compare(List.of(v.withName(name(v.name(), depth))), lengths, seeds, taskOfLength, s));
            }
        }
        return specs;
    }

    /** "tanh" at 3 layers is "tanh-L3". */
    public static String name(String variant, int depth) {
        return variant + "-L" + depth;
    }
}
