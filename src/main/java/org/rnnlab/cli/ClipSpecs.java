package org.rnnlab.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.rnnlab.clip.AdaptiveClip;
import org.rnnlab.clip.AutoClip;
import org.rnnlab.clip.Clipping;
import org.rnnlab.name.Named;

/**
 * Clipping rules written as one word, the same on {@code train --clip}, {@code sweep --thresholds}
 * and in variant specs ({@code clip=...}); keys after a colon, separated by colons (commas separate
 * the keys of a variant spec):
 *
 * <pre>
 *   none                      no clipping
 *   2.5                       global-norm clipping at τ = 2.5
 *   autoclip:p=10             AutoClip at the 10th percentile of the gradient norms so far;
 *       :order=paper|prior    the current norm joins the history first (paper, the default) or after
 *       :window=N             only the last N norms (default 0: the whole run)
 *   agc:lambda=0.01           adaptive gradient clipping at λ = 0.01 per unit (a gate row; a bias vector);
 *       :eps=1e-3             the smallest weight norm (default 1e-3)
 *       :head=yes|no          clip the output head too (default no)
 * </pre>
 */
final class ClipSpecs {

    static final String FORMS = "none, a threshold (2.5), autoclip:p=P[:order=paper|prior][:window=N] or "
            + "agc:lambda=L[:eps=E][:head=yes|no]";

    private ClipSpecs() {
    }

    /** True when {@code text} names AutoClip or AGC. */
    static boolean isPolicy(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        return t.equals("autoclip") || t.startsWith("autoclip:") || t.equals("agc") || t.startsWith("agc:");
    }

    /**
     * The rule of {@code text}: none, a global-norm τ, AutoClip or AGC.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    static Clipping parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("none")) {
            return Clipping.none();
        }
        if (isPolicy(t)) {
            return policy(t);
        }
        return Clipping.globalNorm(number("threshold", t));
    }

    /** AutoClip or AGC from "autoclip:p=10:order=prior", "agc:lambda=0.01". */
    static Clipping policy(String text) {
        String[] parts = text.trim().split(":");
        String kind = parts[0].toLowerCase(java.util.Locale.ROOT);
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("'" + text + "': expected key=value after ':', got '" + parts[i] + "'; forms: " + FORMS);
            }
            keys.put(parts[i].substring(0, eq).trim().toLowerCase(java.util.Locale.ROOT), parts[i].substring(eq + 1).trim());
        }
        return kind.equals("autoclip") ? autoClip(text, keys) : agc(text, keys);
    }

    private static Clipping autoClip(String text, Map<String, String> keys) {
        allow(text, keys, "p", "order", "window");
        if (!keys.containsKey("p")) {
            throw new IllegalArgumentException("'" + text + "': autoclip needs its percentile, e.g. autoclip:p=10");
        }
        AutoClip.Order order = AutoClip.Order.PAPER;
        if (keys.containsKey("order")) {
            order = Named.byId(AutoClip.Order.class, keys.get("order").toLowerCase(java.util.Locale.ROOT)).orElseThrow(() ->
                    new IllegalArgumentException("'" + text + "': order must be paper or prior, got '" + keys.get("order") + "'"));
        }
        int window = keys.containsKey("window") ? integer("window", keys.get("window")) : 0;
        return Clipping.autoClip(new AutoClip(number("p", keys.get("p")), order, window));
    }

    private static Clipping agc(String text, Map<String, String> keys) {
        allow(text, keys, "lambda", "eps", "head");
        if (!keys.containsKey("lambda")) {
            throw new IllegalArgumentException("'" + text + "': agc needs its ratio, e.g. agc:lambda=0.01");
        }
        double eps = keys.containsKey("eps") ? number("eps", keys.get("eps")) : AdaptiveClip.DEFAULT_EPS;
        boolean head = false;
        if (keys.containsKey("head")) {
            String h = keys.get("head").toLowerCase(java.util.Locale.ROOT);
            if (!h.equals("yes") && !h.equals("no")) {
                throw new IllegalArgumentException("'" + text + "': head must be yes or no, got '" + keys.get("head") + "'");
            }
            head = h.equals("yes");
        }
        return Clipping.adaptive(new AdaptiveClip(number("lambda", keys.get("lambda")), eps, head));
    }

    private static void allow(String text, Map<String, String> keys, String... allowed) {
        for (String k : keys.keySet()) {
            if (!java.util.List.of(allowed).contains(k)) {
                throw new IllegalArgumentException("'" + text + "': unknown key '" + k + "'; keys: " + String.join(", ", allowed));
            }
        }
    }

    private static double number(String what, String value) {
        if (!value.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw new IllegalArgumentException(what + " must be a number, got '" + value + "'; forms: " + FORMS);
        }
        return Double.parseDouble(value);
    }

    private static int integer(String what, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, got '" + value + "'");
        }
    }
}
