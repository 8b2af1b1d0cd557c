package org.rnnlab.name;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A choice known by a lower-case id in model files, run records, reports and on the command line:
 * "lstm", "leaky_relu", "global_norm". Enums implement it as they are, since {@link #name()} is
 * theirs: the id is the constant's name in lower case. (Java lets no interface supply
 * {@code toString}, so an enum that prints as its id still says so itself.)
 */
public interface Named {

    /** The constant's name, as every enum has it. */
    String name();

    /** The constant's name in lower case: {@code LEAKY_RELU} is "leaky_relu". */
    default String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} whose id is exactly {@code id}, if any. */
    static <E extends Enum<E> & Named> Optional<E> byId(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.id().equals(id)).findFirst();
    }

    /** The ids of {@code type} in declaration order, for messages that list the choices. */
    static <E extends Enum<E> & Named> List<String> ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Named::id).toList();
    }
}
