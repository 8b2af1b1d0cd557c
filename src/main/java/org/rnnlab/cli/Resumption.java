package org.rnnlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rnnlab.forecast.TrainingRun;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code --resume DIR} of the commands whose runs checkpoint ({@code train}, {@code backtest}): the
 * command line a run was started with is stored with its checkpoints, and resuming runs that command
 * line again, marked {@code --resuming}, so that it continues from the checkpoints instead of
 * refusing them.
 */
final class Resumption {

    /** The hidden option that marks a command line repeated by {@code --resume}. */
    static final String RESUMING = "--resuming";

    private Resumption() {
    }

    /** Runs the interrupted run of {@code dir} again with its stored command line; no other option may be given. */
    static int resume(CommandSpec spec, Main main, String command, Path dir) {
        List<String> others = new ArrayList<>();
        List<String> given = spec.commandLine().getParseResult().originalArgs();
        for (int i = given.indexOf(command) + 1; i < given.size(); i++) {
            String a = given.get(i);
            if (a.equals("--resume")) {
                i++;
            } else if (!a.startsWith("--resume=") && !a.equals("--debug")) {
                others.add(a);
            }
        }
        if (!others.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--resume continues with the options the run was started"
                    + " with; give no other options (got " + String.join(" ", others) + ")");
        }
        List<String> repeated = new ArrayList<>();
        if (main.debug) {
            repeated.add("--debug");
        }
        repeated.add(command);
        repeated.addAll(fromStartingDirectory(spec, TrainingRun.storedArguments(dir),
                TrainingRun.storedWorkingDirectory(dir)));
        repeated.add(RESUMING);
        return Main.run(repeated.toArray(String[]::new), spec.commandLine().getOut(), spec.commandLine().getErr(),
                main.stderrIsTerminal);
    }

    /** The arguments --resume repeats: those given, and the run directory if it was the default. */
    static List<String> recordedArguments(CommandSpec spec, String command, Path dir) {
        List<String> recorded = new ArrayList<>();
        List<String> given = spec.commandLine().getParseResult().originalArgs();
        for (String a : given.subList(given.indexOf(command) + 1, given.size())) { // the arguments after the command
            if (!a.equals(RESUMING) && !a.equals("--debug")) {
                recorded.add(a);
            }
        }
        if (recorded.stream().noneMatch(a -> a.equals("--out") || a.startsWith("--out="))) {
            recorded.add("--out");
            recorded.add(dir.toString());
        }
        return recorded;
    }

    /**
     * The stored arguments with the relative values of file and directory options resolved against
     * the directory the run was started in, when --resume runs in another one; as stored otherwise,
     * so that a run resumed where it started writes the same files as an uninterrupted one.
     */
    private static List<String> fromStartingDirectory(CommandSpec spec, List<String> stored, Optional<Path> started) {
        Path here = Path.of("").toAbsolutePath();
        if (started.isEmpty() || started.get().equals(here)) {
            return stored;
        }
        Set<String> paths = new HashSet<>();
        spec.options().stream().filter(o -> o.type() == Path.class || o.type() == java.io.File.class)
                .forEach(o -> paths.addAll(List.of(o.names())));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            String a = stored.get(i);
            int eq = a.indexOf('=');
            if (paths.contains(a) && i + 1 < stored.size()) {
                out.add(a);
                out.add(started.get().resolve(stored.get(++i)).normalize().toString());
            } else if (a.startsWith("--") && eq > 0 && paths.contains(a.substring(0, eq))) {
                out.add(a.substring(0, eq + 1) + started.get().resolve(a.substring(eq + 1)).normalize());
            } else {
                out.add(a);
            }
        }
        return out;
    }
}
