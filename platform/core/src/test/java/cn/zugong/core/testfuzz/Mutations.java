package cn.zugong.core.testfuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Ways to spoil a valid file, as transfers, old tools and attackers do, each driven by a seeded
 * {@link Random} so that a failing case can be replayed from its seed.
 */
public final class Mutations {

    private Mutations() {}

    /** A few bytes changed at random places. */
    public static byte[] flip(byte[] bytes, Random random) {
        byte[] out = bytes.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips && out.length > 0; i++) {
            out[random.nextInt(out.length)] ^= (byte) (1 + random.nextInt(255));
        }
        return out;
    }

    /** The file cut off at a random place. */
    public static byte[] truncate(byte[] bytes, Random random) {
        return Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
    }

    /** Random bytes inserted at a random place. */
    public static byte[] insert(byte[] bytes, Random random) {
        byte[] noise = new byte[1 + random.nextInt(64)];
        random.nextBytes(noise);
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        byte[] out = new byte[bytes.length + noise.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(noise, 0, out, at, noise.length);
        System.arraycopy(bytes, at, out, at + noise.length, bytes.length - at);
        return out;
    }

    /** One of the byte-level mutations, chosen at random. */
    public static byte[] anyBytes(byte[] bytes, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> flip(bytes, random);
            case 1 -> truncate(bytes, random);
            default -> insert(bytes, random);
        };
    }

    /** A zip of the entries, in their order. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A zip with one entry of that many zero bytes: a few kilobytes that inflate to {@code size}. */
    public static byte[] bomb(String entry, long size) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An entity expansion attack ("billion laughs") in front of a document. */
    public static String billionLaughs(String root) {
        StringBuilder dtd =
                new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [\n<!ENTITY l0 \"ha\">\n");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"");
            dtd.append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        return dtd.append("]>\n<")
                .append(root)
                .append(">&l9;</")
                .append(root)
                .append(">")
                .toString();
    }

    /** An external entity reading a local file, the classic XXE. */
    public static String externalEntity(String root) {
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<" + root
                + ">&x;</" + root + ">";
    }
}
