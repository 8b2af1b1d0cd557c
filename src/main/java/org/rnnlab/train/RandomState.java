package org.rnnlab.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Random;

/**
 * A {@link Random}'s whole state (its 48-bit seed and the spare Gaussian) as text, through the JDK's
 * own serialised form, so that a resumed run draws the same numbers as an uninterrupted one. Reading
 * accepts nothing but a {@code java.util.Random}.
 */
final class RandomState {

    private static final ObjectInputFilter ONLY_RANDOM = ObjectInputFilter.Config
            .createFilter("java.util.Random;maxdepth=2;maxrefs=10;maxbytes=1024;!*");

    private RandomState() {
    }

    static String write(Random rng) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(rng);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the random generator's state", e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** The generator written by {@link #write}; anything else is an {@link IllegalArgumentException} naming {@code where}. */
    static Random read(String text, String where) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(text)))) {
            in.setObjectInputFilter(ONLY_RANDOM);
            Object o = in.readObject();
            if (o.getClass() != Random.class) {
                throw new IllegalArgumentException(where + ": not a random generator's state");
            }
            return (Random) o;
        } catch (IOException | ClassNotFoundException | IllegalArgumentException e) {
            if (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().startsWith(where)) {
                throw (IllegalArgumentException) e;
            }
            throw new IllegalArgumentException(where + ": not a random generator's state (" + e.getMessage() + ")", e);
        }
    }
}
