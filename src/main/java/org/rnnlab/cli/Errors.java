package org.rnnlab.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

import org.rnnlab.error.InputException;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Turns exceptions into one-line errors: {@code rnnlab: error: WHERE: WHAT}, exit code 2 for bad
 * input (options, data and model files) and 1 for failures inside rnnlab. {@code --debug} adds the
 * stack trace.
 */
final class Errors {

    static final int BAD_INPUT = 2;
    static final int FAILURE = 1;

    private Errors() {
    }

    static int onBadOptions(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String message = e.getMessage().startsWith("Error: ") ? e.getMessage().substring(7) : e.getMessage();
        String unknown = unknown(e instanceof CommandLine.UnmatchedArgumentException u ? u
                : cmd.getUnmatchedArguments().isEmpty() ? null // a missing option, say, reported with a typo's name
                : new CommandLine.UnmatchedArgumentException(cmd, cmd.getUnmatchedArguments()));
        err.println("rnnlab: error: " + (unknown != null ? unknown : message) + " (see '"
                + cmd.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return BAD_INPUT;
    }

    /**
     * An unknown option or command named on its own, with what it may have been meant for ("unknown
     * option '--epoch' (did you mean --epochs?)"), or a stray word, rather than picocli's list of every
     * unmatched word (its value included).
     */
    private static String unknown(CommandLine.UnmatchedArgumentException e) {
        if (e == null || e.getUnmatched().isEmpty()) {
            return null;
        }
        String word = e.getUnmatched().get(0);
        boolean option = word.startsWith("-");
        boolean command = !option && !e.getCommandLine().getSubcommands().isEmpty();
        if (!option && !command) {
            return "unexpected argument '" + word + "' (options are named, as --name value)";
        }
        String name = option && word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
        return "unknown " + (option ? "option" : "command") + " '" + name + "'" + (e.getSuggestions().isEmpty() ? ""
                : " (did you mean " + e.getSuggestions().get(0) + "?)");
    }

    static int onFailure(Exception e, CommandLine cmd, boolean debug) {
        PrintWriter err = cmd.getErr();
        int code;
        if (e instanceof InputException ie) {
            err.println("rnnlab: error: " + ie.getMessage());
            code = BAD_INPUT;
        } else if (e instanceof IllegalArgumentException) {
            err.println("rnnlab: error: " + e.getMessage());
            code = BAD_INPUT;
        } else if (e instanceof UncheckedIOException io) {
            err.println("rnnlab: error: " + io.getMessage());
            code = FAILURE;
        } else {
            err.println("rnnlab: internal error: " + e + " (run again with --debug for the stack trace)");
            code = FAILURE;
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
