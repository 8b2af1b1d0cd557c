package org.rnnlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code rnnlab} command. Output for people goes to stdout; progress and logs to stderr.
 * Exit codes: 0 success, 1 a failure inside rnnlab or a training run that diverged, 2 bad input (an
 * option, a data or model file).
 */
@Command(name = "rnnlab", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Recurrent sequence models (RNN, LSTM, GRU) trained with backprop-through-time,",
                "and a laboratory for vanishing and exploding gradients.", ""},
        subcommands = {ReportCommand.class, CompareCommand.class, SweepCommand.class, GradientsCommand.class,
                GenerateCommand.class, TrainCommand.class, EvaluateCommand.class, ForecastCommand.class, BacktestCommand.class,
                PredictCommand.class, DemoCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        commandListHeading = "%nCommands:%n",
        footer = {"", "Run 'rnnlab COMMAND --help' for a command's options.",
                "Exit codes: 0 success, 1 a failure (inside rnnlab, or a training run that",
                "diverged), 2 bad input (an option, a data or model file)."})
public final class Main implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors (for reporting bugs).")
    boolean debug;

    /** Whether stderr is a terminal, so progress bars may redraw in place. */
    boolean stderrIsTerminal;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), stderrIsTerminal()));
    }

    /** Runs the command line with the given streams (not terminals); returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, false);
    }

    static int run(String[] args, PrintWriter out, PrintWriter err, boolean errIsTerminal) {
        Main main = new Main();
        main.stderrIsTerminal = errIsTerminal;
        CommandLine cli = new CommandLine(main);
        Options.registerChoices(cli);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setUsageHelpWidth(110);
        cli.setParameterExceptionHandler(Errors::onBadOptions);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> Errors.onFailure(e, commandLine, main.debug));
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("rnnlab: error: out of memory (the Java heap is limited to "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB); use fewer or shorter windows (--stride,"
                    + " --window), a smaller --batch-size or --hidden, or a larger heap (java -Xmx..., or"
                    + " RNNLAB_JAVA_OPTS=-Xmx... with ./rnnlab)");
            err.flush();
            return Errors.FAILURE;
        }
    }

    /**
     * Whether file descriptor 2 is a terminal: on Linux, whether /proc/self/fd/2 links to a tty;
     * elsewhere, whether the JVM has a console at all.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
