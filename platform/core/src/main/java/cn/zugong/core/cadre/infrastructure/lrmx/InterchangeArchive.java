package cn.zugong.core.cadre.infrastructure.lrmx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a zip archive of many forms: .lrmx files, and .lrm files with their .pic photos (paired by
 * path without extension). Each file gives an {@link ArchiveEntry}, in the archive's order; a bad
 * file does not stop the others.
 *
 * <p>The archive itself is refused (an {@link InterchangeException}, no entries) when it holds more
 * than {@link InterchangeLimits#maxEntries()} entries, an entry of more than {@link
 * InterchangeLimits#maxFileBytes()} or more than {@link InterchangeLimits#maxTotalBytes()} in all,
 * or a path with {@code ..} or a leading slash. Sizes are counted while decompressing, never taken
 * from the headers, so a zip bomb costs at most the limits. Entry names without the UTF-8 flag are
 * read as GBK, as Chinese Windows writes them.
 */
public final class InterchangeArchive {

    private static final Pattern UNSAFE_PATH = Pattern.compile("(^|[/\\\\])\\.\\.([/\\\\]|$)|^[/\\\\]|^[A-Za-z]:");

    private final InterchangeLimits limits;
    private final LrmxReader lrmxReader;
    private final LrmReader lrmReader;

    public InterchangeArchive() {
        this(InterchangeLimits.DEFAULT);
    }

    public InterchangeArchive(InterchangeLimits limits) {
        this.limits = limits;
        this.lrmxReader = new LrmxReader(limits);
        this.lrmReader = new LrmReader(limits);
    }

    /**
     * The entries of an archive. The stream is not closed.
     *
     * @param archive the archive's name, for the problems about the whole archive
     * @throws InterchangeException when the archive is refused as a whole
     */
    public List<ArchiveEntry> read(String archive, InputStream zip) {
        List<Supplier<ArchiveEntry>> entries = new ArrayList<>();
        Map<String, byte[]> photos = new HashMap<>();
        ZipInputStream in = new ZipInputStream(zip, TextDecoding.GB18030);
        int count = 0;
        long total = 0;
        try {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                if (++count > limits.maxEntries()) {
                    throw refuse(archive, ProblemKey.ARCHIVE_ENTRIES, limits.maxEntries());
                }
                if (UNSAFE_PATH.matcher(name).find()) {
                    throw refuse(archive, ProblemKey.ARCHIVE_PATH, name);
                }
                byte[] bytes = readEntry(archive, name, in, total);
                total += bytes.length;
                if (entry.isDirectory() || name.startsWith("__MACOSX/")) {
                    continue;
                }
                String extension = extension(name);
                switch (extension) {
                    case "lrmx" -> {
                        ArchiveEntry read = readLrmx(name, bytes);
                        entries.add(() -> read);
                    }
                    case "lrm" -> entries.add(() -> readLrm(name, bytes, photos.get(key(name))));
                    case "pic" -> photos.put(key(name), bytes);
                    default ->
                        entries.add(() -> ArchiveEntry.refused(
                                name, List.of(InterchangeProblem.of(name, ProblemKey.ARCHIVE_ENTRY_TYPE))));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw refuse(archive, ProblemKey.ARCHIVE_CORRUPT);
        }
        if (count == 0) {
            throw refuse(archive, ProblemKey.ARCHIVE_EMPTY);
        }
        return entries.stream().map(Supplier::get).toList();
    }

    // Reads one entry, counting what decompression yields against the entry and total limits.
    private byte[] readEntry(String archive, String name, InputStream in, long totalBefore) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            size += n;
            if (size > limits.maxFileBytes()) {
                throw refuse(
                        archive,
                        ProblemKey.ARCHIVE_ENTRY_SIZE,
                        name,
                        InterchangeLimits.mebibytes(limits.maxFileBytes()));
            }
            if (totalBefore + size > limits.maxTotalBytes()) {
                throw refuse(
                        archive, ProblemKey.ARCHIVE_TOTAL_SIZE, InterchangeLimits.mebibytes(limits.maxTotalBytes()));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private ArchiveEntry readLrmx(String name, byte[] bytes) {
        try {
            return ArchiveEntry.read(name, lrmxReader.read(name, bytes));
        } catch (InterchangeException e) {
            return ArchiveEntry.refused(name, e.problems());
        }
    }

    private ArchiveEntry readLrm(String name, byte[] bytes, byte[] photo) {
        try {
            return ArchiveEntry.read(name, lrmReader.read(name, bytes, photo));
        } catch (InterchangeException e) {
            return ArchiveEntry.refused(name, e.problems());
        }
    }

    private static InterchangeException refuse(String archive, ProblemKey key, Object... args) {
        return new InterchangeException(InterchangeProblem.of(archive, key, args));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot < name.lastIndexOf('/')
                ? ""
                : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    // A .lrm and its .pic pair by path without extension, in any letter case.
    private static String key(String name) {
        return LrmReader.baseName(name).toLowerCase(Locale.ROOT);
    }
}
