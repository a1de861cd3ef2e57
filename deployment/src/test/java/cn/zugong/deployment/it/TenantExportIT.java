package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The end of a county's life, for real: Jintang (510121) gets cadres from .lrmx files, the
 * platform-sysadmin suspends and exports it (archiving before that is refused), the export's .lrmx files imported into a fresh Dayi (510129) give
 * the same cadres field by field; Jintang is archived (its admin reads, every write is refused),
 * then purged by two people: the sysadmin requests, the secadmin refuses (it stays archived), the
 * sysadmin requests again, cannot approve their own request, and the secadmin approves on the purge
 * approvals page, which removes Jintang's Keycloak group and users too. Jintang's training rows (the plugin enabled) travel in the export, its own
 * share and its raw rows, none of Wenjiang's, and the purge leaves none of them. The stack runs with
 * a purge waiting period of 0 days.
 */
@ExtendWith(FullStack.class)
class TenantExportIT {

    private static final String NEW_PASSWORD = "Zugong-2026-export";
    private static final String JINTANG = "510121";
    private static final String DAYI = "510129";
    /** What the API gives that is the county's own, not the cadre's: compared everywhere else. */
    private static final List<String> NOT_THE_CADRE = List.of("id", "tenantId", "version", "unitId");

    @Test
    void anExportReimportsIdenticallyThenTheCountyIsArchivedAndPurgedByTwoPeople() throws Exception {
        String sysadmin = Api.token("platform-sysadmin");
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        int sequence = Math.abs(suffix.hashCode());
        Map<String, byte[]> forms = new LinkedHashMap<>();
        String[] births = {"19760405", "19810712", "19900101"};
        for (int i = 0; i < births.length; i++) {
            String name = "\u91d1\u5802" + (char) ('\u4e00' + i) + suffix;
            forms.put(
                    name + ".lrmx",
                    LrmxFiles.lrmx(
                                    name,
                                    LrmxFiles.idNumber(births[i], sequence + i),
                                    births[i].substring(0, 6),
                                    LrmxFiles.photo())
                            .getBytes(StandardCharsets.UTF_8));
        }
        Path dir = Files.createTempDirectory("zugong-export-it");
        String jintangAdmin = onboardAndImport(JINTANG, "jintang-admin", LrmxFiles.zip(dir, "jintang.zip", forms));
        Map<String, Map<String, Object>> original = cadres(jintangAdmin);
        assertThat(original).hasSize(3);
        HttpResponse<String> training = Api.call("PUT", "tenant/plugins/training", jintangAdmin, "{\"enabled\":true}");
        assertThat(training.statusCode()).as(training.body()).isEqualTo(200);
        String jintangCourse = "\u91d1\u5802\u57f9\u8bad" + suffix;
        String wenjiangCourse = "\u6e29\u6c5f\u57f9\u8bad" + suffix;
        UUID jintangCadre = UUID.fromString((String) OpenApiOperations.map(
                        OpenApiOperations.list(Api.json(Api.call("GET", "cadres?size=1", jintangAdmin, null))
                                        .get("items"))
                                .getFirst())
                .get("id"));
        TrainingRows.credited(JINTANG, jintangCadre, jintangCourse);
        UUID wenjiangCadre = Cadres.any(Units.WENJIANG, 0).id();
        TrainingRows.credited(Units.WENJIANG, wenjiangCadre, wenjiangCourse);
        int wenjiangTraining = TrainingRows.count(Units.WENJIANG);

        HttpResponse<String> tooEarly = Api.call("POST", "platform/tenants/" + JINTANG + "/archive", sysadmin, null);
        assertThat(tooEarly.statusCode())
                .as("archiving an active county never exported")
                .isEqualTo(400);
        assertThat(Api.isProblem(tooEarly)).isTrue();
        assertThat(tooEarly.body()).as("the translated reason").contains("暂停");
        HttpResponse<String> suspended = Api.call("POST", "platform/tenants/" + JINTANG + "/suspend", sysadmin, null);
        assertThat(Api.json(suspended).get("status")).isEqualTo("SUSPENDED");

        HttpResponse<byte[]> export = download("platform/tenants/" + JINTANG + "/export", sysadmin);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/zip"));
        String archiveHash = sha256(export.body());
        assertThat(export.headers().firstValue("X-Zugong-Sha256")).contains(archiveHash);
        Map<String, byte[]> entries = unzip(export.body());
        Map<String, Object> manifest =
                OpenApiOperations.map(Api.parse(new String(entries.get("manifest.json"), StandardCharsets.UTF_8)));
        assertThat(manifest.get("tenant")).isEqualTo(JINTANG);
        assertThat(manifest.get("exportedBy")).isEqualTo("platform-sysadmin");
        assertThat(manifest.get("auditChainIntact")).isEqualTo(true);
        Map<String, Object> counts = OpenApiOperations.map(manifest.get("counts"));
        assertThat(((Number) counts.get("cadres")).intValue()).isEqualTo(3);
        Map<String, Object> hashes = OpenApiOperations.map(manifest.get("sha256"));
        assertThat(hashes.keySet())
                .as("the manifest lists every other entry")
                .containsExactlyInAnyOrderElementsOf(entries.keySet().stream()
                        .filter(n -> !n.equals("manifest.json"))
                        .toList());
        hashes.forEach(
                (name, hash) -> assertThat(sha256(entries.get(name))).as(name).isEqualTo(hash));
        assertThat(entries.keySet().stream().filter(n -> n.startsWith("cadres/") && n.endsWith(".lrmx")))
                .hasSize(3);
        assertThat(entries).containsKeys("cadres.xlsx", "tables/org_unit.csv", "tables/selection_case.csv");
        Map<String, Object> verdict = OpenApiOperations.map(
                Api.parse(new String(entries.get("audit-verification.json"), StandardCharsets.UTF_8)));
        assertThat(verdict.get("intact")).isEqualTo(true);
        assertThat(((Number) verdict.get("checked")).longValue()).isGreaterThan(0);
        String chain = new String(entries.get("tables/audit_event.csv"), StandardCharsets.UTF_8);
        assertThat(chain).contains("audit.verify").contains("cadre.export").doesNotContain(",510117,");
        assertThat(tenant(JINTANG).get("exportSha256")).isEqualTo(archiveHash);
        List<Object> plugins = List.copyOf(OpenApiOperations.list(manifest.get("plugins")));
        assertThat(plugins).contains("training");
        String courses = text(entries, "plugins/training/courses.csv");
        assertThat(courses).contains(jintangCourse).doesNotContain(wenjiangCourse);
        assertThat(text(entries, "plugins/training/enrollments.csv"))
                .contains(jintangCadre + ",CREDITED")
                .doesNotContain(wenjiangCadre.toString());
        assertThat(text(entries, "plugins/training/records.csv"))
                .contains(jintangCadre.toString())
                .contains(jintangCourse)
                .doesNotContain(wenjiangCourse);
        assertThat(text(entries, "tables/training_course.csv"))
                .as("the raw rows of the plugin's tables")
                .contains(jintangCourse)
                .doesNotContain(wenjiangCourse);
        assertThat(text(entries, "tables/training_record.csv")).contains(jintangCadre.toString());

        Map<String, byte[]> exported = new LinkedHashMap<>();
        entries.forEach((name, bytes) -> {
            if (name.startsWith("cadres/")) {
                exported.put(name, bytes);
            }
        });
        String dayiAdmin = onboardAndImport(DAYI, "dayi-admin", LrmxFiles.zip(dir, "from-jintang.zip", exported));
        Map<String, Map<String, Object>> reimported = cadres(dayiAdmin);
        assertThat(reimported.keySet()).isEqualTo(original.keySet());
        original.forEach((name, file) -> {
            assertThat(file.get("idNumber"))
                    .as("the comparison sees the id number")
                    .isNotNull();
            assertThat(reimported.get(name)).as(name).isEqualTo(file);
        });

        Map<String, Object> archived =
                Api.json(Api.call("POST", "platform/tenants/" + JINTANG + "/archive", sysadmin, null));
        assertThat(archived.get("status")).isEqualTo("ARCHIVED");
        assertThat(Api.call("GET", "cadres", jintangAdmin, null).statusCode()).isEqualTo(200);
        HttpResponse<String> write =
                Api.call("POST", "units", jintangAdmin, "{\"name\":\"金堂县委办公室\",\"type\":\"WORKING_DEPARTMENT\"}");
        assertThat(write.statusCode()).as(write.body()).isEqualTo(403);
        assertThat(Api.isProblem(write)).isTrue();
        assertThat((String) Api.json(write).get("detail")).contains("只有查看权限");
        HttpResponse<String> resume = Api.call("POST", "platform/tenants/" + JINTANG + "/resume", sysadmin, null);
        assertThat(resume.statusCode())
                .as("an archived county is not resumed: " + resume.body())
                .isEqualTo(400);

        HttpResponse<String> early =
                Api.call("POST", "platform/tenants/" + JINTANG + "/purge", Api.token("platform-secadmin"), null);
        assertThat(early.statusCode()).as("approving before a request").isEqualTo(400);
        String secadmin = Api.token("platform-secadmin");
        requestPurge(sysadmin);
        HttpResponse<String> refusal =
                Api.call("POST", "platform/tenants/" + JINTANG + "/purge-refusal", secadmin, null);
        assertThat(refusal.statusCode()).as(refusal.body()).isEqualTo(200);
        assertThat(Api.json(refusal).get("status"))
                .as("refused: still archived")
                .isEqualTo("ARCHIVED");
        assertThat(Api.json(refusal).get("purgeRequestedBy")).isNull();
        requestPurge(sysadmin);
        HttpResponse<String> own = Api.call("POST", "platform/tenants/" + JINTANG + "/purge", sysadmin, null);
        assertThat(own.statusCode()).as("the requester approving").isEqualTo(403);
        assertThat(Cadres.count(JINTANG, null)).isEqualTo(3);
        assertThat(RealmUsers.groupExists("/51/5101/" + JINTANG)).isTrue();
        assertThat(RealmUsers.exists("jintang-admin")).isTrue();
        try (Browser browser = Browser.as("platform-secadmin", "admin/platform/purges")) {
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purge-approve-" + JINTANG)));
            assertThat(browser.driver
                            .findElement(By.id("purge-export-" + JINTANG))
                            .getText())
                    .as("the secadmin sees the export the purge relies on")
                    .contains(archiveHash);
            assertThat(browser.gridTexts()).anySatisfy(cell -> assertThat(cell).startsWith("platform-sysadmin"));
            browser.click("purge-approve-" + JINTANG);
            browser.confirm("purge-confirm");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purge-requests-none")));
        }
        assertThat(tenant(JINTANG).get("status")).isEqualTo("PURGED");
        assertThat(Cadres.count(JINTANG, null)).isZero();
        assertThat(TrainingRows.count(JINTANG))
                .as("no row of the county is left in the plugin's tables")
                .isZero();
        assertThat(TrainingRows.count(Units.WENJIANG))
                .as("another county's training rows stay")
                .isEqualTo(wenjiangTraining);
        assertThat(Cadres.auditActions(JINTANG, "audit_chain", JINTANG, null))
                .as("the county's audit chain is kept")
                .contains("audit.verify");
        HttpResponse<String> refused = Api.call("GET", "cadres", jintangAdmin, null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat((String) Api.json(refused).get("detail")).contains("已清除");
        assertThat(RealmUsers.exists("jintang-admin"))
                .as("the county's users are gone from Keycloak")
                .isFalse();
        assertThat(RealmUsers.groupExists("/51/5101/" + JINTANG)).isFalse();
        assertThat(RealmUsers.groupExists("/51/5101/" + DAYI))
                .as("the other county's group")
                .isTrue();
        assertThat(RealmUsers.exists("dayi-admin")).isTrue();
        HttpResponse<String> platformChain = Api.call(
                "GET", "platform/audit?action=tenant.purge&subjectId=" + JINTANG, Api.token("platform-auditor"), null);
        assertThat(platformChain.statusCode()).as(platformChain.body()).isEqualTo(200);
        String purgeRecord = OpenApiOperations.list(Api.json(platformChain).get("items")).stream()
                .map(OpenApiOperations::map)
                .filter(e -> "tenant.purge".equals(e.get("action")))
                .map(e -> (String) e.get("after"))
                .findFirst()
                .orElseThrow();
        assertThat(purgeRecord)
                .as("the platform chain names the identities removed and the plugin rows deleted")
                .contains("\"usersDeleted\":\"jintang-admin\"")
                .contains("\"groupDeleted\":true")
                .contains("\"training_course\":1");
        assertThat(Cadres.count(DAYI, null)).as("the other county is untouched").isEqualTo(3);
    }

    /** Creates the county through the API, signs its admin in once and imports the forms; the admin's token. */
    private static String onboardAndImport(String division, String admin, Path zip) throws Exception {
        HttpResponse<String> created = Api.call(
                "POST",
                "platform/tenants",
                Api.token("platform-sysadmin"),
                "{\"division\":\"" + division + "\",\"adminUsername\":\"" + admin + "\",\"adminName\":\"" + admin
                        + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String temporary = (String) Api.json(created).get("temporaryPassword");
        try (Browser browser = Browser.open()) {
            browser.driver.get(FullStack.portalUrl() + "cadres/lrmx");
            browser.wait
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
                    .sendKeys(admin);
            browser.driver.findElement(By.id("password")).sendKeys(temporary);
            browser.driver.findElement(By.id("kc-login")).click();
            browser.wait
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new")))
                    .sendKeys(NEW_PASSWORD);
            browser.driver.findElement(By.id("password-confirm")).sendKeys(NEW_PASSWORD);
            browser.driver.findElement(By.id("kc-submit")).click();
            browser.waitForShell();
            browser.upload("lrmx-upload", zip);
            browser.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("lrmx-summary"), "\u65b0\u5efa 3 \u4eba"));
        }
        return Api.token(admin, NEW_PASSWORD);
    }

    /** Every cadre of the caller's county by name, as the API's full file without the county's own ids. */
    private static Map<String, Map<String, Object>> cadres(String token) throws Exception {
        HttpResponse<String> page = Api.call("GET", "cadres?size=100", token, null);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Map<String, Map<String, Object>> files = new TreeMap<>();
        for (Object item : OpenApiOperations.list(Api.json(page).get("items"))) {
            String id = (String) OpenApiOperations.map(item).get("id");
            HttpResponse<String> file = Api.call("GET", "cadres/" + id, token, null);
            assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
            Map<String, Object> fields = new TreeMap<>(Api.json(file));
            NOT_THE_CADRE.forEach(fields::remove);
            files.put((String) fields.get("name"), fields);
        }
        return files;
    }

    private static void requestPurge(String sysadmin) throws Exception {
        HttpResponse<String> requested =
                Api.call("POST", "platform/tenants/" + JINTANG + "/purge-request", sysadmin, null);
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(200);
        assertThat(Api.json(requested).get("purgeRequestedBy")).isEqualTo("platform-sysadmin");
    }

    private static String text(Map<String, byte[]> entries, String name) {
        assertThat(entries).containsKey(name);
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> tenant(String code) throws Exception {
        HttpResponse<String> list = Api.call("GET", "platform/tenants", Api.token("platform-sysadmin"), null);
        return OpenApiOperations.list(Api.parse(list.body())).stream()
                .map(OpenApiOperations::map)
                .filter(t -> code.equals(t.get("code")))
                .findFirst()
                .orElseThrow();
    }

    private static HttpResponse<byte[]> download(String path, String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Api.BASE + path))
                                .timeout(Duration.ofSeconds(60))
                                .header("Authorization", "Bearer " + token)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
