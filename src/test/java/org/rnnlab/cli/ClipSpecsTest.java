package org.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rnnlab.cli.Cli.assertRejected;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnlab.clip.AutoClip;
import org.rnnlab.clip.Clipping;

/** The clipping rules as written on the command line and in variant specs. */
class ClipSpecsTest {

    @TempDir
    Path dir;

    @Test
    void everyFormParsesToItsRule() {
        assertEquals(Clipping.none(), ClipSpecs.parse("none"));
        assertEquals(Clipping.globalNorm(2.5), ClipSpecs.parse("2.5"));
        Clipping auto = ClipSpecs.parse("autoclip:p=10");
        assertEquals(new AutoClip(10, AutoClip.Order.PAPER, 0), auto.autoClip());
        assertEquals(10.0, auto.threshold());
        assertEquals(new AutoClip(25, AutoClip.Order.PRIOR, 500), ClipSpecs.parse("AutoClip:p=25:order=prior:window=500").autoClip());
        Clipping agc = ClipSpecs.parse("agc:lambda=0.01");
        assertEquals("agc(λ=0.01)", agc.label());
        assertEquals("agc(λ=0.02, ε=1.0E-4, head)", ClipSpecs.parse("agc:lambda=0.02:eps=1e-4:head=yes").label());
    }

    @Test
    void badFormsAreRefusedNamingWhatIsWrong() {
        assertMessage("'autoclip': autoclip needs its percentile, e.g. autoclip:p=10", "autoclip");
        assertMessage("'autoclip:p=10:order=late': order must be paper or prior, got 'late'", "autoclip:p=10:order=late");
        assertMessage("'autoclip:q=10': unknown key 'q'; keys: p, order, window", "autoclip:q=10");
        assertMessage("'agc:lambda=0.1:head=maybe': head must be yes or no, got 'maybe'", "agc:lambda=0.1:head=maybe");
        assertMessage("AGC's lambda must be > 0, got -1.0", "agc:lambda=-1");
        assertMessage("AutoClip's percentile p must be in (0, 100], got 120.0", "autoclip:p=120");
        assertMessage("window must be a whole number, got 'x'", "autoclip:p=10:window=x");
    }

    @Test
    void train_refusesABadRuleInOneLine() {
        assertRejected(Cli.train(Cli.AIRLINE, dir.resolve("out"), "--clip", "agc"),
                "--clip: 'agc': agc needs its ratio, e.g. agc:lambda=0.01");
        assertRejected(Cli.train(Cli.AIRLINE, dir.resolve("out"), "--clip", "autoclip:p=10", "--clip-norm", "1"),
                "mutually exclusive");
    }

    @Test
    void train_withAutoClip_writesTheThresholdItAppliedAtEveryStep() throws Exception {
        Path out = dir.resolve("auto");
        Cli.Run r = Cli.train(Cli.AIRLINE, out, "--clip", "autoclip:p=50:order=prior", "--transform", "none");
        assertEquals(0, r.exit(), r.err());
        List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
        List<String> header = List.of(metrics.get(0).split(","));
        int tau = header.indexOf("clip_threshold"), share = header.indexOf("clipped_share");
        assertEquals("nan", metrics.get(1).split(",")[tau], "the prior order's first step has no threshold");
        for (String row : metrics.subList(2, metrics.size())) {
            double applied = Double.parseDouble(row.split(",")[tau]);
            double clipped = Double.parseDouble(row.split(",")[share]);
            assertEquals(true, applied > 0 && Double.isFinite(applied), row);
            assertEquals(true, clipped == 0.0 || clipped == 1.0, row);
        }
    }

    private static void assertMessage(String expected, String spec) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> ClipSpecs.parse(spec)).getMessage());
    }
}
