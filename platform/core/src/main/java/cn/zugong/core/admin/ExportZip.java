package cn.zugong.core.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The zip of a tenant export, built in memory: each entry's SHA-256 for the manifest, and the row
 * counts the manifest and the audit record show.
 */
final class ExportZip {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ZipOutputStream zip = new ZipOutputStream(bytes);
    private final Map<String, String> hashes = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    void add(String name, byte[] content) {
        if (hashes.containsKey(name)) {
            throw new IllegalArgumentException("Duplicate entry " + name);
        }
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        hashes.put(name, sha256(content));
    }

    void count(String what, int number) {
        counts.put(what, number);
    }

    /** Entry name to SHA-256 (hex), in the archive's order. */
    Map<String, String> hashes() {
        return new LinkedHashMap<>(hashes);
    }

    Map<String, Integer> counts() {
        return new LinkedHashMap<>(counts);
    }

    /** Closes the archive and returns it. */
    byte[] finish() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
