package org.rnnlab.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.rnnlab.error.InputException;

/**
 * Which fields of a CSV file are the time column, the features and the targets, resolved from
 * {@link CsvOptions} against the header. Field numbers here are 0-based.
 *
 * @param time       the time field, or -1
 * @param timeReason why that is the time field (or why there is none), a phrase that follows
 *                   {@code time column "NAME" (} or {@code no time column (}
 * @param features   feature fields in the order asked for
 * @param targets    target fields in the order asked for
 */
record ColumnSelection(int time, String timeReason, int[] features, int[] targets) {

    /**
     * Resolves the options against a header and the data rows (used to detect the time column
     * by the rule of {@link TimeColumnDetection}).
     */
    static ColumnSelection resolve(Path file, List<String> header, List<String[]> rows, CsvOptions options) {
        TimeColumnDetection.Choice time;
        if (options.noTimeColumn()) {
            time = new TimeColumnDetection.Choice(-1, "declared absent");
        } else if (options.timeColumn() != null) {
            time = new TimeColumnDetection.Choice(find(file, header, options.timeColumn(), "time column"),
                    "named explicitly");
        } else {
            time = TimeColumnDetection.detect(header, rows, options.decimalPoint(), claimed(file, header, options));
        }
        int[] features = features(file, header, options, time.field());
        int[] targets;
        if (options.targets().isEmpty()) {
            int last = header.size() - 1 == time.field() ? header.size() - 2 : header.size() - 1;
            targets = last < 0 ? new int[0] : new int[] {last};
        } else {
            targets = findAll(file, header, options.targets(), time.field(), "target");
        }
        if (features.length == 0 || targets.length == 0) {
            throw InputException.at(file, 1, "the only column, " + CsvText.quote(header.get(time.field()))
                    + ", is the time column, so there is no numeric column to load; add a column of values");
        }
        return new ColumnSelection(time.field(), time.reason(), features, targets);
    }

    /** The same selection without {@code field} among its features, unless it is the only one. */
    ColumnSelection withoutDefaultFeature(int field) {
        int[] kept = java.util.Arrays.stream(features).filter(f -> f != field).toArray();
        return kept.length == 0 ? this : new ColumnSelection(time, timeReason, kept, targets);
    }

    private static int[] features(Path file, List<String> header, CsvOptions options, int time) {
        if (!options.features().isEmpty()) {
            return findAll(file, header, options.features(), time, "feature");
        }
        int[] features = new int[header.size() - (time >= 0 ? 1 : 0)];
        for (int f = 0, k = 0; f < header.size(); f++) {
            if (f != time) {
                features[k++] = f;
            }
        }
        return features;
    }

    /** The fields named as features or targets, which detection must leave to them. */
    private static Set<Integer> claimed(Path file, List<String> header, CsvOptions options) {
        Set<Integer> claimed = new HashSet<>();
        for (ColumnRef ref : options.features()) {
            claimed.add(find(file, header, ref, "feature column"));
        }
        for (ColumnRef ref : options.targets()) {
            claimed.add(find(file, header, ref, "target column"));
        }
        return claimed;
    }

    private static int[] findAll(Path file, List<String> header, List<ColumnRef> refs, int time, String role) {
        int[] found = new int[refs.size()];
        for (int i = 0; i < found.length; i++) {
            found[i] = find(file, header, refs.get(i), role + " column");
            if (found[i] == time) {
                throw InputException.at(file, 1, found[i] + 1, "column " + CsvText.quote(header.get(time)) + " is the time column"
                        + " and cannot also be a " + role + "; name another time column, or declare that there is none");
            }
            for (int j = 0; j < i; j++) {
                if (found[j] == found[i]) {
                    throw InputException.at(file, 1, found[i] + 1, "column " + CsvText.quote(header.get(found[i])) + " is listed"
                            + " twice as a " + role + " (as " + refs.get(j) + " and " + refs.get(i) + "); list it once");
                }
            }
        }
        return found;
    }

    private static int find(Path file, List<String> header, ColumnRef ref, String role) {
        if (ref.name() != null) {
            int f = header.indexOf(ref.name());
            if (f < 0) {
                throw new MissingColumnException(file + ":1", "there is no column named " + CsvText.quote(ref.name())
                        + " (asked for as " + role + "); the columns are " + listing(header),
                        "use one of these names or a 1-based index");
            }
            return f;
        }
        if (ref.index() > header.size()) {
            throw new MissingColumnException(file + ":1", "there is no column " + ref.index() + " (asked for as " + role
                    + "); the file has " + header.size() + " columns, " + listing(header),
                    "use an index from 1 to " + header.size() + " or a column name");
        }
        return ref.index() - 1;
    }

    private static String listing(List<String> header) {
        List<String> quoted = new ArrayList<>(header.size());
        for (String name : header) {
            quoted.add(CsvText.quote(name));
        }
        return String.join(", ", quoted);
    }
}
