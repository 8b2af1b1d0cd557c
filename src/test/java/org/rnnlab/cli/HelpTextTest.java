package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's --help renders cleanly: no picocli format warning (an unescaped %), no raw %n. */
class HelpTextTest {

    @Test
    void everyCommandsHelp_rendersWithoutFormatWarnings() {
        List<String> names = List.copyOf(new CommandLine(new Main()).getSubcommands().keySet());
        assertTrue(names.contains("forecast") && names.contains("backtest"), names.toString());
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            for (String name : names) {
                Cli.Run r = Cli.run(name, "--help");
                assertEquals(0, r.exit(), name + " --help: " + r.err());
                assertFalse(r.out().contains("%n"), name + " --help shows a raw %n");
            }
        } finally {
            System.setErr(saved);
        }
        String warnings = captured.toString(StandardCharsets.UTF_8);
        assertFalse(warnings.contains("picocli WARN"), warnings);
    }
}
