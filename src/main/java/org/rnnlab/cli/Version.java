package org.rnnlab.cli;

import org.rnnlab.forecast.RunJson;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (the build's project version). */
final class Version implements IVersionProvider {

    /** "0.1.0", or "development" when run from classes without a manifest. */
    static String current() {
        return RunJson.rnnlabVersion();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"rnnlab " + current(), "Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.name") + ")"};
    }
}
