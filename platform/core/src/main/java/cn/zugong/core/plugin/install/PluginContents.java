package cn.zugong.core.plugin.install;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a plugin jar ships, read without loading it: its migrations ({@code db/plugin/<id>/*.sql}), the
 * tables they create, and its gates and jobs (the classes of PF4J's extension index that
 * implement {@code AppointmentGate} or {@code ScheduledJob}).
 */
public record PluginContents(List<String> migrations, List<String> tables, List<String> gates, List<String> jobs) {

    public static final PluginContents NONE = new PluginContents(List.of(), List.of(), List.of(), List.of());

    private static final String MIGRATIONS = "db/plugin/";
    private static final String EXTENSIONS = "META-INF/extensions.idx";
    private static final String GATE = "cn/zugong/api/selection/AppointmentGate";
    private static final String JOB = "cn/zugong/api/job/ScheduledJob";
    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?\"?([a-z_][a-z0-9_]*)");

    public PluginContents {
        migrations = List.copyOf(migrations);
        tables = List.copyOf(tables);
        gates = List.copyOf(gates);
        jobs = List.copyOf(jobs);
    }

    static PluginContents read(Path jar) throws IOException {
        List<String> migrations = new ArrayList<>();
        Set<String> tables = new LinkedHashSet<>();
        List<String> gates = new ArrayList<>();
        List<String> jobs = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            for (JarEntry entry : sorted(file)) {
                String name = entry.getName();
                if (name.startsWith(MIGRATIONS) && name.endsWith(".sql")) {
                    migrations.add(name.substring(name.lastIndexOf('/') + 1));
                    Matcher created = CREATE_TABLE.matcher(text(file, entry));
                    while (created.find()) {
                        tables.add(created.group(1).toLowerCase(Locale.ROOT));
                    }
                }
            }
            JarEntry index = file.getJarEntry(EXTENSIONS);
            if (index != null) {
                for (String line : text(file, index).split("\\R")) {
                    String type = line.trim();
                    JarEntry classEntry = type.isEmpty() || type.startsWith("#")
                            ? null
                            : file.getJarEntry(type.replace('.', '/') + ".class");
                    if (classEntry == null) {
                        continue;
                    }
                    List<String> interfaces = interfaces(bytes(file, classEntry));
                    if (interfaces.contains(GATE)) {
                        gates.add(type);
                    }
                    if (interfaces.contains(JOB)) {
                        jobs.add(type);
                    }
                }
            }
        }
        return new PluginContents(migrations, List.copyOf(tables), gates, jobs);
    }

    /** The entries by name, so that migrations (and their tables) come in the order Flyway runs them. */
    private static List<JarEntry> sorted(JarFile file) {
        List<JarEntry> entries = Collections.list(file.entries());
        entries.sort(Comparator.comparing(JarEntry::getName));
        return entries;
    }

    private static String text(JarFile file, JarEntry entry) throws IOException {
        return new String(bytes(file, entry), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(JarFile file, JarEntry entry) throws IOException {
        try (InputStream in = file.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    /** The interfaces a class file names as implemented, in internal form ({@code a/b/C}). */
    static List<String> interfaces(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        in.readInt(); // magic
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNames = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNames[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                default -> throw new IOException("not a class file (constant tag " + tag + ")");
            }
        }
        in.readUnsignedShort(); // access
        in.readUnsignedShort(); // this
        in.readUnsignedShort(); // super
        int interfaces = in.readUnsignedShort();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < interfaces; i++) {
            names.add(utf8[classNames[in.readUnsignedShort()]]);
        }
        return names;
    }
}
