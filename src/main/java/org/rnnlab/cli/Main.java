package org.rnnlab.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code rnnlab} command. Output for people goes to stdout; progress and logs to stderr.
 * Exit codes: 0 success, 1 a failure inside rnnlab, 2 bad input (an option, a data or model file).
 */
@Command(name = "rnnlab", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Recurrent sequence models (RNN, LSTM, GRU) trained with backprop-through-time,",
                "and a laboratory for vanishing and exploding gradients.", ""},
        subcommands = {ReportCommand.class, CompareCommand.class, SweepCommand.class, GradientsCommand.class,
                GenerateCommand.class, DemoCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        commandListHeading = "%nCommands:%n",
        footer = {"", "Run 'rnnlab COMMAND --help' for a command's options.",
                "Exit codes: 0 success, 1 internal failure, 2 bad input."})
public final class Main implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors (for reporting bugs).")
    boolean debug;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Errors::onBadOptions);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> Errors.onFailure(e, commandLine, main.debug));
        return cli.execute(args);
    }
}
