package cn.zugong.core.plugin.install;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.job.ScheduledJob;
import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.api.tenant.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the review tells a vendor their jar ships: migrations, tables, gates and jobs. */
class PluginContentsTest {

    @TempDir
    Path dir;

    @Test
    void theReviewListsEveryMigrationTheTablesTheyCreateAndTheGatesAndJobs() throws Exception {
        Path jar = dir.resolve("exams.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            entry(
                    out,
                    "db/plugin/health-exam/V2__exam_results.sql",
                    "create table if not exists hexam_result (id uuid);");
            entry(
                    out,
                    "db/plugin/health-exam/V1__exams.sql",
                    "CREATE TABLE hexam_exam (id uuid, tenant_id varchar(6));\n"
                            + "create index hexam_exam_at on hexam_exam (id);");
            entry(out, "db/plugin/health-exam/readme.txt", "not a migration");
            entry(out, "META-INF/extensions.idx", ExamGate.class.getName() + "\n" + ExamJob.class.getName() + "\n");
            classEntry(out, ExamGate.class);
            classEntry(out, ExamJob.class);
        }

        PluginContents contents = PluginContents.read(jar);

        assertThat(contents.migrations()).containsExactly("V1__exams.sql", "V2__exam_results.sql");
        assertThat(contents.tables()).containsExactly("hexam_exam", "hexam_result");
        assertThat(contents.gates()).containsExactly(ExamGate.class.getName());
        assertThat(contents.jobs()).containsExactly(ExamJob.class.getName());
    }

    @Test
    void aJarWithoutMigrationsOrExtensionsShipsNone() throws Exception {
        Path jar = SignedJars.pluginJar(dir, "empty.jar", java.util.Map.of("Plugin-Id", "empty"));

        assertThat(PluginContents.read(jar)).isEqualTo(PluginContents.NONE);
    }

    private static void entry(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private static void classEntry(JarOutputStream out, Class<?> type) throws IOException {
        String name = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(name)) {
            out.putNextEntry(new JarEntry(name));
            out.write(in.readAllBytes());
            out.closeEntry();
        }
    }

    static final class ExamGate implements AppointmentGate {
        @Override
        public String id() {
            return "exam";
        }

        @Override
        public String nameKey() {
            return "exam.gate";
        }

        @Override
        public Set<SelectionStep> steps() {
            return Set.of(SelectionStep.DECISION);
        }

        @Override
        public GateResult check(GateCandidate candidate) {
            return GateResult.pass("exam.gate.pass");
        }
    }

    static final class ExamJob implements ScheduledJob {
        @Override
        public String id() {
            return "exam.reminder";
        }

        @Override
        public Duration every() {
            return Duration.ofDays(1);
        }

        @Override
        public void run(TenantId county) {}
    }
}
