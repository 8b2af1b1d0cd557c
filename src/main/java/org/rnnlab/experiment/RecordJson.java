package org.rnnlab.experiment;

import java.io.IOException;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rnnlab.activation.Activation;
import org.rnnlab.activation.ActivationKind;
import org.rnnlab.init.InitKind;
import org.rnnlab.init.Initializer;
import org.rnnlab.name.Named;
import org.rnnlab.optim.Schedule;
import org.rnnlab.task.CsvSeriesTask;
import org.rnnlab.task.RecordedTask;
import org.rnnlab.task.SyntheticTask;
import org.rnnlab.task.Task;
import org.rnnlab.task.TaskKind;

/**
 * The JSON mapping of study records: Jackson's record support maps {@link RunResult} and everything
 * in it (spec, variant, settings, score, step series, probes, health) component by component, so a
 * component added to any of these records is written and read back with no code here. Only the
 * sealed interfaces need a rule:
 *
 * <ul>
 * <li>an {@link Activation} or {@link Initializer} is {@code {"kind": "leaky_relu", "parameter": 0.2}}
 * (the kind's id; the parameter NaN when it has none) and is rebuilt by its kind's {@code create};</li>
 * <li>a {@link Schedule} carries its record's name in {@code "type"};</li>
 * <li>a synthetic {@link Task} is {@code {"synthetic": "adding", "steps": 20}}; a CSV series is
 * written as its {@link RecordedTask} (description and SHA-256 of its windows) and read back as one;</li>
 * <li>an {@link Instant} is its ISO-8601 text.</li>
 * </ul>
 *
 * A record that lacks a component (written before the component was added) or holds one that no
 * longer exists is refused rather than read with defaults, so it is trained again, never half-used.
 * Non-finite numbers are written as the strings {@code "NaN"}, {@code "Infinity"} and
 * {@code "-Infinity"} and read back as such; every other double keeps all its bits (Jackson writes the
 * shortest decimal that reads back to the same double).
 */
public final class RecordJson {

    /** Records of plain values (a recorded task): Jackson's defaults. */
    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** The mapper for study records (thread-safe once built). */
    public static final ObjectMapper MAPPER = build();

    private RecordJson() {
    }

    private static ObjectMapper build() {
        SimpleModule module = new SimpleModule("rnnlab-records");
        module.addSerializer(Activation.class, new KindSerializer<>(a -> a.kind().id(), Activation::parameter));
        module.addDeserializer(Activation.class, new KindDeserializer<>(
                (kind, p) -> byId(ActivationKind.class, kind).create(p)));
        module.addSerializer(Initializer.class, new KindSerializer<>(i -> i.kind().id(), Initializer::parameter));
        module.addDeserializer(Initializer.class, new KindDeserializer<>(
                (kind, p) -> byId(InitKind.class, kind).create(p)));
        module.addSerializer(Task.class, new TaskSerializer());
        module.addDeserializer(Task.class, new TaskDeserializer());
        module.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.toString());
            }
        });
        module.addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return Instant.parse(p.getValueAsString());
            }
        });
        module.setMixInAnnotation(Schedule.class, ScheduleTypes.class);
        return new ObjectMapper().registerModule(module).enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
    }

    private static <E extends Enum<E> & Named> E byId(Class<E> type, String id) {
        return Named.byId(type, id).orElseThrow(() -> new IllegalArgumentException("unknown " + type.getSimpleName() + " '"
                + id + "'; known: " + String.join(", ", Named.ids(type))));
    }

    /** The type names of the schedules. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Schedule.Constant.class, name = "constant"),
        @JsonSubTypes.Type(value = Schedule.StepDecay.class, name = "step_decay"),
        @JsonSubTypes.Type(value = Schedule.Cosine.class, name = "cosine"),
        @JsonSubTypes.Type(value = Schedule.Warmup.class, name = "warmup")})
    private interface ScheduleTypes {
    }

    /** {@code {"kind": id, "parameter": p}}. */
    private static final class KindSerializer<T> extends JsonSerializer<T> {
        private final Function<T, String> kind;
        private final ToDoubleFunction<T> parameter;

        KindSerializer(Function<T, String> kind, ToDoubleFunction<T> parameter) {
            this.kind = kind;
            this.parameter = parameter;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("kind", kind.apply(value));
            gen.writeNumberField("parameter", parameter.applyAsDouble(value));
            gen.writeEndObject();
        }
    }

    /** Rebuilds a value from its kind's id and parameter. */
    private static final class KindDeserializer<T> extends JsonDeserializer<T> {
        private final BiFunction<String, Double, T> create;

        KindDeserializer(BiFunction<String, Double, T> create) {
            this.create = create;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            JsonNode kind = node.get("kind"), parameter = node.get("parameter");
            if (kind == null || parameter == null) {
                return ctxt.reportInputMismatch(Object.class, "expected {\"kind\": ..., \"parameter\": ...}, got " + node);
            }
            double value = parameter.isTextual() ? Double.parseDouble(parameter.asText()) : parameter.asDouble();
            return create.apply(kind.asText(), value);
        }
    }

    private static final class TaskSerializer extends JsonSerializer<Task> {
        @Override
        public void serialize(Task task, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (task instanceof SyntheticTask s) {
                gen.writeStartObject();
                gen.writeStringField("synthetic", kindOf(s).id());
                gen.writeNumberField("steps", s.steps());
                gen.writeEndObject();
            } else {
                // RecordedTask is a Task too: written by a mapper without this rule, or it would come back here
                gen.writeTree(PLAIN.valueToTree(task instanceof CsvSeriesTask csv ? RecordedTask.of(csv) : task));
            }
        }

        private static TaskKind kindOf(SyntheticTask task) {
            TaskKind kind = Named.byId(TaskKind.class, task.name()).orElse(null);
            if (kind != null && kind.create(task.steps()).equals(task)) {
                return kind;
            }
            throw new IllegalStateException("no task kind makes " + task);
        }
    }

    private static final class TaskDeserializer extends JsonDeserializer<Task> {
        @Override
        public Task deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            ObjectNode node = p.readValueAsTree();
            if (node.has("synthetic")) {
                return byId(TaskKind.class, node.get("synthetic").asText()).create(node.get("steps").asInt());
            }
            return PLAIN.treeToValue(node, RecordedTask.class);
        }
    }
}
