package cn.zugong.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a purge deletes and keeps, and how long it waits. */
class TenantPurgeTest {

    @Test
    void deletesChildrenBeforeParentsAndKeepsTheAuditChain() {
        List<String> tables = TenantPurge.tables();
        assertThat(tables).doesNotContain("audit_event", "audit_chain_head", "cadre_transfer");
        assertThat(tables).contains("cadre_photo", "org_unit", "selection_case");
        assertThat(tables.indexOf("cadre_photo")).isLessThan(tables.indexOf("cadre"));
        assertThat(tables.indexOf("post_holding")).isLessThan(tables.indexOf("cadre"));
        assertThat(tables.indexOf("selection_candidate")).isLessThan(tables.indexOf("selection_case"));
        assertThat(tables.indexOf("cadre")).isLessThan(tables.indexOf("org_unit"));
        // A county's ballots and their code look-ups (the table outside the wall) go too, before their cases.
        assertThat(tables).contains("ballot_cast", "ballot_code", "ballot_code_lookup", "ballot_paper_entry");
        assertThat(tables.indexOf("ballot_nominee")).isLessThan(tables.indexOf("ballot_session"));
        assertThat(tables.indexOf("ballot_session")).isLessThan(tables.indexOf("selection_case"));
        assertThat(tables.getLast()).isEqualTo("org_unit");
        // issue 23: a purged county leaves no plugin job lease behind
        assertThat(tables).contains("plugin_job_lease");
    }

    @Test
    void aPluginWritesItsEntriesInsideItsOwnFolderOnly() throws Exception {
        ExportZip zip = new ExportZip();
        PluginEntries entries = new PluginEntries(zip, "training");
        entries.csv("courses.csv", List.of("id"), List.of(List.of("c1")));
        entries.add("years/2026.csv", new byte[] {1});
        for (String bad :
                new String[] {"../x.csv", "/x.csv", "a/../../b", "a//b", "a\\b", "", "a/./b", "x".repeat(201)}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> entries.add(bad, new byte[0]))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> entries.add("courses.csv", new byte[0]))
                .as("each name once")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(entries.added()).isEqualTo(2);
        assertThat(zip.hashes()).containsOnlyKeys("plugins/training/courses.csv", "plugins/training/years/2026.csv");
    }

    @Test
    void waitsThirtyDaysUnlessConfigured() {
        assertThat(PurgeWait.days(null)).isEqualTo(30);
        assertThat(PurgeWait.days("")).isEqualTo(30);
        assertThat(PurgeWait.days("x")).isEqualTo(30);
        assertThat(PurgeWait.days("-1")).isEqualTo(30);
        assertThat(PurgeWait.days("0")).isZero();
        assertThat(PurgeWait.days(" 7 ")).isEqualTo(7);
    }

    @Test
    void theExportZipHashesEveryEntry() throws Exception {
        ExportZip zip = new ExportZip();
        zip.add("a.txt", "a".getBytes());
        zip.count("cadres", 2);
        byte[] bytes = zip.finish();
        assertThat(zip.hashes())
                .containsEntry("a.txt", "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb");
        assertThat(zip.counts()).containsEntry("cadres", 2);
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            assertThat(in.getNextEntry().getName()).isEqualTo("a.txt");
            assertThat(new String(in.readAllBytes())).isEqualTo("a");
        }
    }
}
