package org.rnnlab.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.rnnlab.activation.ActivationKind;
import org.rnnlab.cell.CellType;
import org.rnnlab.clip.NonFinitePolicy;
import org.rnnlab.clip.NormType;
import org.rnnlab.data.ColumnRef;
import org.rnnlab.data.Delimiter;
import org.rnnlab.data.MissingValuePolicy;
import org.rnnlab.data.Scaling;
import org.rnnlab.data.SplitFractions;
import org.rnnlab.forecast.TransformChoice;
import org.rnnlab.init.InitKind;
import org.rnnlab.loss.LossKind;
import org.rnnlab.optim.OptimizerKind;
import org.rnnlab.task.TaskKind;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters from option text to the library's named choices; the only place names are parsed. */
final class Options {

    private Options() {
    }

    static final class CellConverter implements ITypeConverter<CellType> {
        @Override
        public CellType convert(String value) {
            return CellType.byId(value.toLowerCase()).orElseThrow(() -> unknown("cell", value,
                    Arrays.stream(CellType.values()).map(CellType::id)));
        }
    }

    static final class ActivationConverter implements ITypeConverter<ActivationKind> {
        @Override
        public ActivationKind convert(String value) {
            return ActivationKind.byId(normalize(value)).orElseThrow(() -> unknown("activation", value,
                    Arrays.stream(ActivationKind.values()).map(ActivationKind::id)));
        }
    }

    static final class InitConverter implements ITypeConverter<InitKind> {
        @Override
        public InitKind convert(String value) {
            return InitKind.byId(normalize(value)).orElseThrow(() -> unknown("initialisation", value,
                    Arrays.stream(InitKind.values()).map(InitKind::id)));
        }
    }

    static final class OptimizerConverter implements ITypeConverter<OptimizerKind> {
        @Override
        public OptimizerKind convert(String value) {
            return OptimizerKind.byId(value.toLowerCase()).orElseThrow(() -> unknown("optimizer", value,
                    Arrays.stream(OptimizerKind.values()).map(OptimizerKind::id)));
        }
    }

    static final class LossConverter implements ITypeConverter<LossKind> {
        @Override
        public LossKind convert(String value) {
            return LossKind.byId(normalize(value)).orElseThrow(() -> unknown("loss", value,
                    Arrays.stream(LossKind.values()).map(LossKind::id)));
        }
    }

    static final class TaskConverter implements ITypeConverter<TaskKind> {
        @Override
        public TaskKind convert(String value) {
            return TaskKind.byId(normalize(value)).orElseThrow(() -> unknown("task", value,
                    Arrays.stream(TaskKind.values()).map(TaskKind::id)));
        }
    }

    static final class ScalingConverter implements ITypeConverter<Scaling> {
        @Override
        public Scaling convert(String value) {
            return byLowerName(Scaling.class, "scaling", value);
        }
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
                    return byLowerName(Delimiter.class, "delimiter", value);
            }
        }
    }

    static final class MissingConverter implements ITypeConverter<MissingValuePolicy> {
        @Override
        public MissingValuePolicy convert(String value) {
            return byLowerName(MissingValuePolicy.class, "missing-value policy", value);
        }
    }

    static final class NonFiniteConverter implements ITypeConverter<NonFinitePolicy.Action> {
        @Override
        public NonFinitePolicy.Action convert(String value) {
            return byLowerName(NonFinitePolicy.Action.class, "non-finite policy", value);
        }
    }

    static final class NormTypeConverter implements ITypeConverter<NormType> {
        @Override
        public NormType convert(String value) {
            return byLowerName(NormType.class, "norm type", value);
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
                        throw new TypeConversionException("unknown transform '" + part.trim() + "'; expected auto, or"
                                + " a list of none, log, sdiff and diff such as log,diff");
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

    /** An enum constant by its lower-case name ("zscore" for ZSCORE). */
    static <E extends Enum<E>> E byLowerName(Class<E> type, String what, String value) {
        String wanted = normalize(value);
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return e;
            }
        }
        throw unknown(what, value, Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)));
    }

    /** The lower-case name of an enum constant, as options take it. */
    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    static TypeConversionException unknown(String what, String value, java.util.stream.Stream<String> choices) {
        return new TypeConversionException("unknown " + what + " '" + value + "'; expected one of "
                + choices.collect(Collectors.joining(", ")));
    }
}
