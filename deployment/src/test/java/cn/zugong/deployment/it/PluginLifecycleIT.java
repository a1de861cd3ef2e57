package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.testkit.PluginTestkit;
import cn.zugong.testkit.TestVendorKeys;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 5's proof: a plugin generated from the archetype outside this build is built and tested
 * with the testkit against the running platform, signed with the test vendor's key, uploaded
 * through the REST API while the server runs, offered to and enabled for Wenjiang only, works
 * there and not in Pidu, is upgraded with a migration and disabled with its data intact, and after
 * an uninstall comes back neither enabled, offered nor switched on, its kept data shown. Tampered,
 * incompatible, unsigned and unknown-vendor jars are refused, each with its reason.
 */
@ExtendWith(FullStack.class)
class PluginLifecycleIT {

    private static final Logger LOG = Logger.getLogger(PluginLifecycleIT.class.getName());
    private static final String ID = VendorProject.PLUGIN_ID;

    private static PluginTestkit platform;
    private static Path signedV1;
    private static Path signedV11;
    private static Path incompatible;
    private static Path unsigned;

    @BeforeAll
    static void buildTheVendorsPlugin() throws Exception {
        platform =
                new PluginTestkit(URI.create(FullStack.portalUrl()), URI.create(FullStack.REALM_URL), Browser.PASSWORD);
        platform.trustTestVendor();
        long generating = System.nanoTime();
        VendorProject project = VendorProject.generate();
        LOG.info(() ->
                "Plugin generated from the vendor repository: " + (System.nanoTime() - generating) / 1_000_000 + " ms");
        // The vendor's own build: unit tests, the architecture rules, and its integration test with
        // the testkit against this platform (install, Wenjiang only, uninstall); signed at package.
        project.build(
                "verify",
                "-Dzugong.sign.keystore=" + TestVendorKeys.keystore(),
                "-Dzugong.sign.storepass=" + TestVendorKeys.password(),
                "-Dzugong.sign.alias=" + TestVendorKeys.alias(),
                "-Dzugong.testkit.url=" + FullStack.portalUrl(),
                "-Dzugong.testkit.keycloak=" + FullStack.REALM_URL,
                "-Dzugong.testkit.password=" + Browser.PASSWORD);
        LOG.info(() ->
                "Generated and built (verify, with its IT): " + (System.nanoTime() - generating) / 1_000_000 + " ms");
        signedV1 = project.keep("notes-1.0.0-signed.jar");
        assertThat(TestVendorKeys.isSigned(signedV1)).isTrue();

        project.build("clean", "package", "-DskipTests", "-Dplugin.requires=>=2.0.0");
        unsigned = project.keep("notes-needs-sdk-2.jar");
        incompatible = unsigned.resolveSibling("notes-needs-sdk-2-signed.jar");
        TestVendorKeys.sign(unsigned, incompatible);

        project.setVersion("1.1.0");
        project.addMigration(
                "V2__note_tags.sql",
                "create table notes_tag (id uuid primary key, tenant_id varchar(6) not null, note_id uuid not null,"
                        + " tag varchar(50) not null);");
        project.build("clean", "package", "-DskipTests");
        Path v11 = project.keep("notes-1.1.0.jar");
        signedV11 = v11.resolveSibling("notes-1.1.0-signed.jar");
        TestVendorKeys.sign(v11, signedV11);
    }

    @Test
    void aSignedVendorPluginIsInstalledForWenjiangOnlyUpgradedAndDisabledWithItsDataIntact() throws Exception {
        long started = System.nanoTime();
        PluginTestkit.InstalledPlugin installed = platform.install(signedV1);
        LOG.info(() -> "Plugin install through the REST API: " + (System.nanoTime() - started) / 1_000_000 + " ms");
        // The vendor's own NotesIT (in its build above) installed and uninstalled the plugin on this
        // platform already: this install is a reinstall, which starts disabled and offered to no one
        // until the operator decides again.
        assertThat(installed).isEqualTo(new PluginTestkit.InstalledPlugin(ID, "1.0.0", "DISABLED"));
        assertThat(platform.enabledPlugins("wenjiang-admin")).doesNotContain(ID);
        platform.enablePlatformWide(ID);

        platform.offer(ID, "510115");
        platform.enable(ID, "wenjiang-admin");
        assertThatThrownBy(() -> platform.enable(ID, "pidu-admin")).hasMessageContaining("403");
        assertThat(platform.enabledPlugins("pidu-admin")).doesNotContain(ID);

        String note = "温江的记录 " + UUID.randomUUID();
        try (Browser wenjiang = Browser.as("wenjiang-officer", ID)) {
            wenjiang.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notes-view")));
            assertThat(wenjiang.navText()).contains("工作记事");
            wenjiang.type("notes-text", note);
            wenjiang.click("notes-add");
            wenjiang.waitForGridText(note);
        }
        try (Browser pidu = Browser.as("pidu-officer", ID)) {
            pidu.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-denied")));
            assertThat(pidu.present("notes-view")).isFalse();
        }
        assertThat(noteTenants(note)).containsExactly("510115");
        assertThat(walled("notes_note")).isTrue();

        PluginTestkit.InstalledPlugin upgraded = platform.install(signedV11);
        assertThat(upgraded).isEqualTo(new PluginTestkit.InstalledPlugin(ID, "1.1.0", "ENABLED"));
        assertThat(walled("notes_tag")).isTrue();
        try (Browser wenjiang = Browser.as("wenjiang-officer", ID)) {
            wenjiang.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notes-view")));
            wenjiang.waitForGridText(note);
        }

        platform.disablePlatformWide(ID);
        assertThat(platform.enabledPlugins("wenjiang-officer")).doesNotContain(ID);
        try (Browser wenjiang = Browser.as("wenjiang-officer", "units")) {
            assertThat(wenjiang.navText()).doesNotContain("工作记事");
        }
        assertThat(noteTenants(note)).containsExactly("510115");
        platform.uninstall(ID);
        assertThat(noteTenants(note)).containsExactly("510115");

        // Issue 24 item 8: a reinstall after the uninstall is a new installation. The review shows
        // the data kept; the plugin comes back neither enabled, offered nor switched on in Wenjiang.
        PluginTestkit.Review review = platform.review(signedV11);
        assertThat(review.fields().get("migrations"))
                .isEqualTo(java.util.List.of("V1__notes.sql", "V2__note_tags.sql"));
        assertThat(review.fields().get("kept")).isInstanceOf(java.util.Map.class);
        java.util.Map<?, ?> kept = (java.util.Map<?, ?>) review.fields().get("kept");
        assertThat(((Number) kept.get("tables")).intValue()).isEqualTo(2);
        assertThat(((Number) kept.get("rows")).longValue()).isGreaterThanOrEqualTo(1);
        assertThat(platform.install(signedV11)).isEqualTo(new PluginTestkit.InstalledPlugin(ID, "1.1.0", "DISABLED"));
        assertThat(platform.enabledPlugins("wenjiang-officer")).doesNotContain(ID);
        assertThat(sysadmin("POST", "platform/plugins/" + ID + "/enable", null)).isEqualTo(200);
        assertThat(platform.enabledPlugins("wenjiang-officer")).doesNotContain(ID);
        platform.offer(ID, "510115");
        assertThat(platform.enabledPlugins("wenjiang-officer")).doesNotContain(ID);
        platform.enable(ID, "wenjiang-admin");
        assertThat(platform.enabledPlugins("wenjiang-officer")).contains(ID);
        assertThat(noteTenants(note)).containsExactly("510115");
        platform.disablePlatformWide(ID);
        platform.uninstall(ID);
    }

    /** The status of a call of the platform's system admin. */
    private static int sysadmin(String method, String path, String json) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                        URI.create(FullStack.portalUrl() + "api/v1/" + path))
                .header("Authorization", "Bearer " + platform.token("platform-sysadmin"))
                .method(
                        method,
                        json == null
                                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                                : java.net.http.HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return java.net.http.HttpClient.newHttpClient()
                .send(request.build(), java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /**
     * Issue 24 item 3: the generation and the build above took every platform artifact from the
     * vendor repository the portal serves, and from nowhere else (their local repository started
     * empty).
     */
    @Test
    void theVendorsBuildResolvedThePlatformFromTheVendorRepositoryOnly() throws Exception {
        String v = VendorProject.platformVersion();
        java.util.Map<String, String> origins = VendorProject.platformArtifactsOrigins();

        assertThat(origins)
                .containsKeys(
                        "zugong-plugin-archetype/" + v + "/zugong-plugin-archetype-" + v + ".jar",
                        "zugong-plugin-parent/" + v + "/zugong-plugin-parent-" + v + ".pom",
                        "zugong-sdk-parent/" + v + "/zugong-sdk-parent-" + v + ".pom",
                        "zugong-api/" + v + "/zugong-api-" + v + ".jar",
                        "zugong-testkit/" + v + "/zugong-testkit-" + v + ".jar");
        assertThat(java.util.Set.copyOf(origins.values())).containsExactly(VendorProject.REPOSITORY_ID);
    }

    /**
     * Issue 24 item 3: the vendor repository is open to a stranger (no login redirect), holds exactly
     * the SDK's five artifacts with their POMs, sources, Javadoc, metadata and checksums, and the zip
     * a vendor takes offline is the same repository.
     */
    @Test
    void theVendorRepositoryAndItsZipAreServedWithoutALogin() throws Exception {
        String v = VendorProject.platformVersion();
        java.net.http.HttpClient stranger = java.net.http.HttpClient.newHttpClient();
        String pom = "cn/zugong/zugong-api/" + v + "/zugong-api-" + v + ".pom";
        var answer = stranger.send(
                java.net.http.HttpRequest.newBuilder(URI.create(VendorProject.repositoryUrl() + pom))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("<artifactId>zugong-api</artifactId>");
        String jar = "cn/zugong/zugong-api/" + v + "/zugong-api-" + v + ".jar";
        byte[] served = stranger.send(
                        java.net.http.HttpRequest.newBuilder(URI.create(VendorProject.repositoryUrl() + jar))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray())
                .body();
        String sha1 = stranger.send(
                        java.net.http.HttpRequest.newBuilder(URI.create(VendorProject.repositoryUrl() + jar + ".sha1"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body()
                .strip();
        assertThat(sha1)
                .isEqualTo(java.util.HexFormat.of()
                        .formatHex(
                                java.security.MessageDigest.getInstance("SHA-1").digest(served)));

        Path zip = Files.createTempFile("zugong-sdk-repository", ".zip");
        var download = stranger.send(
                java.net.http.HttpRequest.newBuilder(
                                URI.create(FullStack.portalUrl() + "sdk/zugong-sdk-repository-" + v + ".zip"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofFile(zip));
        assertThat(download.statusCode()).isEqualTo(200);
        java.util.Set<String> files = new java.util.TreeSet<>();
        try (ZipFile repository = new ZipFile(zip.toFile())) {
            repository.stream()
                    .map(ZipEntry::getName)
                    .filter(name -> !name.endsWith("/"))
                    .forEach(files::add);
        } finally {
            Files.deleteIfExists(zip);
        }
        java.util.Set<String> expected = new java.util.TreeSet<>();
        for (String artifact : java.util.List.of(
                "zugong-sdk-parent",
                "zugong-plugin-parent",
                "zugong-api",
                "zugong-testkit",
                "zugong-plugin-archetype")) {
            String base = "cn/zugong/" + artifact + "/";
            java.util.List<String> kinds = new java.util.ArrayList<>(java.util.List.of(".pom"));
            if (!artifact.endsWith("-parent")) {
                kinds.add(".jar");
            }
            if (artifact.equals("zugong-api") || artifact.equals("zugong-testkit")) {
                kinds.addAll(java.util.List.of("-sources.jar", "-javadoc.jar"));
            }
            java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(base + "maven-metadata.xml"));
            kinds.forEach(kind -> all.add(base + v + "/" + artifact + "-" + v + kind));
            all.forEach(file -> expected.addAll(java.util.List.of(file, file + ".sha1")));
        }
        assertThat(files).isEqualTo(expected);
    }

    @Test
    void aJarChangedAfterSigningIsRefused() throws Exception {
        Path tampered = tamper(signedV1);

        assertThatThrownBy(() -> platform.install(tampered)).hasMessageContaining("plugin.refused.tampered");
    }

    @Test
    void aJarForAnotherMajorVersionOfTheSdkIsRefused() {
        assertThatThrownBy(() -> platform.install(incompatible))
                .hasMessageContaining("plugin.refused.requires")
                .hasMessageNotContaining("plugin.refused.tampered");
    }

    @Test
    void unsignedJarsAndJarsOfUnknownVendorsAreRefused() throws Exception {
        Path other = unsigned.resolveSibling("notes-other-vendor.jar");
        TestVendorKeys.signAsOtherVendor(unsigned, other);

        assertThatThrownBy(() -> platform.install(unsigned)).hasMessageContaining("plugin.refused.unsigned");
        assertThatThrownBy(() -> platform.install(other)).hasMessageContaining("plugin.refused.unknownSigner");
    }

    @Test
    void countyUsersCannotReachThePlatformsPluginAdministration() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String token = platform.token("wenjiang-admin");
        String api = FullStack.portalUrl() + "api/v1/";
        java.util.function.Function<java.net.http.HttpRequest.Builder, Integer> status = request -> {
            try {
                return http.send(
                                request.header("Authorization", "Bearer " + token)
                                        .build(),
                                java.net.http.HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };

        assertThat(status.apply(java.net.http.HttpRequest.newBuilder(URI.create(api + "platform/plugins"))
                        .header("Content-Type", "application/java-archive")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofFile(signedV1))))
                .isEqualTo(403);
        assertThat(status.apply(java.net.http.HttpRequest.newBuilder(URI.create(api + "platform/plugins"))))
                .isEqualTo(403);
        assertThat(status.apply(java.net.http.HttpRequest.newBuilder(URI.create(api + "platform/vendor-keys"))))
                .isEqualTo(403);
        assertThat(status.apply(
                        java.net.http.HttpRequest.newBuilder(URI.create(api + "platform/plugins/example/offers"))
                                .header("Content-Type", "application/json")
                                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"all\":true}"))))
                .isEqualTo(403);
    }

    /** The tenants of the rows holding the note, read by the owner with every tenant readable. */
    private static java.util.List<String> noteTenants(String text) throws Exception {
        try (Connection owner = Postgres.asOwner()) {
            owner.setAutoCommit(false);
            owner.createStatement().execute("select zugong_enter('', (select string_agg(code, ',') from tenant))");
            var statement = owner.prepareStatement("select tenant_id from notes_note where text = ?");
            statement.setString(1, text);
            java.util.List<String> tenants = new java.util.ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tenants.add(rows.getString(1));
                }
            }
            owner.rollback();
            return tenants;
        }
    }

    private static boolean walled(String table) throws Exception {
        try (Connection owner = Postgres.asOwner();
                var statement = owner.prepareStatement(
                        "select relrowsecurity and relforcerowsecurity from pg_class where relname = ?")) {
            statement.setString(1, table);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    /** A copy of a signed jar with one byte of a class changed. */
    private static Path tamper(Path jar) throws Exception {
        Path tampered = jar.resolveSibling("tampered-" + jar.getFileName());
        try (ZipFile in = new ZipFile(jar.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            boolean changed = false;
            var entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (!changed && e.getName().endsWith(".class")) {
                    bytes[bytes.length - 1] ^= 1;
                    changed = true;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return tampered;
    }
}
