package org.rnnlab.cli;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.rnnlab.activation.ActivationKind;
import org.rnnlab.cell.CellType;
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

    /** Accepts "leaky-relu" and "Leaky_ReLU" for "leaky_relu". */
    static String normalize(String value) {
        return value.trim().toLowerCase().replace('-', '_');
    }

    static TypeConversionException unknown(String what, String value, java.util.stream.Stream<String> choices) {
        return new TypeConversionException("unknown " + what + " '" + value + "'; expected one of "
                + choices.collect(Collectors.joining(", ")));
    }
}
