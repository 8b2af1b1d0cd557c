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
        err.println("rnnlab: error: " + message + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return BAD_INPUT;
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
