package org.rnnlab.cli;

import java.util.List;
import java.util.Locale;

import org.rnnlab.activation.ActivationKind;
import org.rnnlab.cell.CellType;
import org.rnnlab.cell.Norm;
import org.rnnlab.clip.NonFinitePolicy;
import org.rnnlab.clip.NormType;
import org.rnnlab.data.ColumnRef;
import org.rnnlab.data.Delimiter;
import org.rnnlab.data.MissingValuePolicy;
import org.rnnlab.data.Part;
import org.rnnlab.data.Scaling;
import org.rnnlab.data.SplitFractions;
import org.rnnlab.forecast.TransformChoice;
import org.rnnlab.error.InputException;
import org.rnnlab.init.InitKind;
import org.rnnlab.name.Named;
import org.rnnlab.optim.OptimizerKind;
import org.rnnlab.task.TaskKind;

import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.TypeConversionException;

/** Converters from option text to the library's named choices; the only place names are parsed. */
final class Options {

    private Options() {
    }

    /**
     * Option text to one of an enum's ids, in any case and with '-' for '_' ("Leaky-ReLU" is
     * leaky_relu); unknown text is rejected with the list of ids.
     *
     * @param type the enum
     * @param what how the message names a value ("unknown cell 'x'")
     */
    record Choice<E extends Enum<E> & Named>(Class<E> type, String what) implements ITypeConverter<E> {
        @Override
        public E convert(String value) {
            return Named.byId(type, normalize(value)).orElseThrow(() -> new TypeConversionException("unknown " + what
                    + " '" + value + "'; expected one of " + String.join(", ", Named.ids(type))));
        }

        private void registerWith(CommandLine cli) {
            cli.registerConverter(type, this);
        }
    }

    static final Choice<CellType> CELL = new Choice<>(CellType.class, "cell");
    static final Choice<ActivationKind> ACTIVATION = new Choice<>(ActivationKind.class, "activation");
    static final Choice<InitKind> INIT = new Choice<>(InitKind.class, "initialisation");
    static final Choice<OptimizerKind> OPTIMIZER = new Choice<>(OptimizerKind.class, "optimizer");
    static final Choice<Norm> NORM = new Choice<>(Norm.class, "norm");

    /** The choices every option of their type takes; the delimiter has a converter of its own. */
    private static final List<Choice<?>> CHOICES = List.of(CELL, ACTIVATION, INIT, OPTIMIZER, NORM,
            new Choice<>(TaskKind.class, "task"), new Choice<>(TrainingArgs.ScheduleKind.class, "schedule"),
            new Choice<>(NormType.class, "norm type"), new Choice<>(NonFinitePolicy.Action.class, "non-finite policy"),
            new Choice<>(Scaling.class, "scaling"), new Choice<>(MissingValuePolicy.class, "missing-value policy"),
            new Choice<>(Part.class, "part"), new Choice<>(ReportCommand.Study.class, "study"));

    /** Registers the choices with a command line and all its subcommands. */
    static void registerChoices(CommandLine cli) {
        CHOICES.forEach(c -> c.registerWith(cli));
    }

    static final class DelimiterConverter implements ITypeConverter<Delimiter> {
        @Override
        public Delimiter convert(String value) {
            switch (value) {
                case ",":
                    return Delimiter.COMMA;
                case ";":
                    return Delimiter.SEMICOLON;
                case "\\t":
                case "\t":
                    return Delimiter.TAB;
                default:
                    return new Choice<>(Delimiter.class, "delimiter").convert(value);
            }
        }
    }

    static final class ColumnConverter implements ITypeConverter<ColumnRef> {
        @Override
        public ColumnRef convert(String value) {
            try {
                return ColumnRef.parse(value.trim());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** "0.7,0.15,0.15": train, validation and test fractions. */
    static final class SplitConverter implements ITypeConverter<SplitFractions> {
        @Override
        public SplitFractions convert(String value) {
            String[] parts = value.split(",", -1);
            if (parts.length != 3) {
                throw new TypeConversionException("expected three fractions train,validation,test such as"
                        + " 0.7,0.15,0.15, got '" + value + "'");
            }
            double[] f = new double[3];
            for (int i = 0; i < 3; i++) {
                try {
                    f[i] = Double.parseDouble(parts[i].trim());
                } catch (NumberFormatException e) {
                    throw new TypeConversionException("'" + parts[i].trim() + "' in '" + value + "' is not a number;"
                            + " expected three fractions such as 0.7,0.15,0.15");
                }
            }
            try {
                return new SplitFractions(f[0], f[1], f[2]);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** "auto", or a list of "none", "log", "sdiff", "diff": the transforms before scaling. */
    static final class TransformsConverter implements ITypeConverter<TransformChoice> {
        @Override
        public TransformChoice convert(String value) {
            boolean log = false, sdiff = false, diff = false;
            String[] parts = value.split(",", -1);
            for (String part : parts) {
                switch (part.trim().toLowerCase(Locale.ROOT)) {
                    case "auto":
                        if (parts.length > 1) {
                            throw new TypeConversionException("auto chooses the transforms itself; give auto alone,"
                                    + " or a list such as log,diff");
                        }
                        return TransformChoice.automatic();
                    case "rule":
                        if (parts.length > 1) {
                            throw new TypeConversionException("rule chooses the transforms itself; give rule alone,"
                                    + " or a list such as log,diff");
                        }
                        return TransformChoice.byRule();
                    case "none":
                        break;
                    case "log":
                        log = true;
                        break;
                    case "sdiff":
                        sdiff = true;
                        break;
                    case "diff":
                        diff = true;
                        break;
                    default:
                        throw new TypeConversionException("unknown transform '" + part.trim() + "'; expected auto, rule,"
                                + " or a list of none, log, sdiff and diff such as log,diff");
                }
            }
            return TransformChoice.of(log, sdiff, diff);
        }
    }

    /** Accepts "leaky-relu" and "Leaky_ReLU" for "leaky_relu". */
    static String normalize(String value) {
        return value.trim().toLowerCase().replace('-', '_');
    }

    /** Runs a constructor or check whose IllegalArgumentException then names the option at fault. */
    static <T> T named(String option, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether {@code option} was given on the command line of {@code spec}'s command. A null spec
     * means none was: picocli injects an argument group's spec only when one of its options is given.
     */
    static boolean given(CommandSpec spec, String option) {
        return spec != null && spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /**
     * Rejects an option given where it has no effect, in one line: "--momentum applies only to
     * --optimizer momentum and nesterov, not --optimizer adam; leave it out".
     */
    static void rejectUnless(boolean applies, CommandSpec spec, String option, String onlyTo, String notTo) {
        if (!applies && given(spec, option)) {
            throw InputException.of(inapplicable(option, onlyTo, notTo));
        }
    }

    /** "OPTION applies only to ONLY_TO, not NOT_TO; leave it out". */
    static String inapplicable(String option, String onlyTo, String notTo) {
        return option + " applies only to " + onlyTo + ", not " + notTo + "; leave it out";
    }

    /** The lower-case name of an enum constant, as options take it. */
    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** The levels of --interval as fractions: "80,95" → 0.8, 0.95; "none" → none. */
    static double[] levels(List<String> given) {
        if (given.size() == 1 && given.get(0).trim().equalsIgnoreCase("none")) {
            return new double[0];
        }
        double[] levels = new double[given.size()];
        for (int i = 0; i < levels.length; i++) {
            String v = given.get(i).trim();
            try {
                levels[i] = Double.parseDouble(v) / 100;
            } catch (NumberFormatException e) {
                levels[i] = Double.NaN;
            }
            if (!(levels[i] >= 0.01 && levels[i] < 1)) {
                throw new IllegalArgumentException("--interval takes coverage levels in percent, at least 1 and below"
                        + " 100, such as 80,95, or none; got '" + v + "'");
            }
        }
        return levels;
    }
}
