package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API v1 with bearer tokens of the demo realm (password grant of the demo-only client
 * {@code zugong-api}): tenant-scoped exactly like the UI, another county's ids refused as missing on
 * every endpoint that takes one, problem+json for every error, the OpenAPI document served.
 */
@ExtendWith(FullStack.class)
class RestApiIT {

    private static final String PROBLEM = Api.PROBLEM;

    // HTTP/1.1 as a browser speaks to plain http: the client's default h2c upgrade once lost the
    // large OpenAPI document to a frame mix-up ("Frame type(32) … exceeds MAX_FRAME_SIZE").
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void theWenjiangOfficerListsOnlyWenjiangUnits() throws Exception {
        Map<String, Object> page = json(call("GET", "units?size=200", token("wenjiang-officer"), null));

        List<Map<String, Object>> items = items(page);
        assertThat(items).isNotEmpty().allSatisfy(unit -> assertThat(unit.get("tenantId"))
                .isEqualTo(Units.WENJIANG));
        assertThat(items).extracting(unit -> unit.get("name")).contains(Units.WENJIANG_COMMITTEE);
        assertThat(((Number) page.get("total")).intValue()).isGreaterThanOrEqualTo(items.size());
    }

    @Test
    void theWenjiangOfficerListsOnlyWenjiangCadresWithoutIdNumbers() throws Exception {
        Map<String, Object> page = json(call("GET", "cadres?size=200", token("wenjiang-officer"), null));

        assertThat(items(page)).isNotEmpty().allSatisfy(cadre -> {
            assertThat(cadre.get("tenantId")).isEqualTo(Units.WENJIANG);
            assertThat(cadre).doesNotContainKey("idNumber");
        });
    }

    @Test
    void readingAFullCadreFileGivesTheIdNumberAndIsAudited() throws Exception {
        Cadres.Sample cadre = Cadres.any(Units.WENJIANG, 11);

        Map<String, Object> file = json(call("GET", "cadres/" + cadre.id(), token("wenjiang-officer"), null));

        assertThat(file.get("name")).isEqualTo(cadre.name());
        assertThat((String) file.get("idNumber")).hasSize(18);
        assertThat(Cadres.auditActions(Units.WENJIANG, cadre.id(), "wenjiang-officer"))
                .contains("cadre.file.open");
    }

    @Test
    void aPiduUnitIsMissingForTheWenjiangOfficerOnEveryEndpointAndStaysUnchanged() throws Exception {
        String token = token("wenjiang-officer");
        UUID piduUnit = Units.idOf(Units.PIDU, Units.PIDU_HEALTH);
        String before = unitRow(piduUnit);

        HttpResponse<String> get = call("GET", "units/" + piduUnit, token, null);
        HttpResponse<String> put = call(
                "PUT",
                "units/" + piduUnit,
                token,
                "{\"name\":\"hijacked\",\"type\":\"WORKING_DEPARTMENT\",\"version\":0}",
                "If-Match",
                "*");
        HttpResponse<String> missing = call("GET", "units/" + UUID.randomUUID(), token, null);

        assertNotFoundLikeAMissingRecord(get, missing);
        assertNotFoundLikeAMissingRecord(put, missing);
        assertThat(get.body()).doesNotContain(Units.PIDU_HEALTH);
        assertThat(unitRow(piduUnit)).isEqualTo(before);
    }

    @Test
    void aPiduCadreIsMissingForTheWenjiangOfficerOnEveryEndpointAndStaysUnchanged() throws Exception {
        String token = token("wenjiang-officer");
        Cadres.Sample pidu = Cadres.any(Units.PIDU, 0);
        String before = cadreRow(pidu.id());

        HttpResponse<String> get = call("GET", "cadres/" + pidu.id(), token, null);
        HttpResponse<String> put = call(
                "PUT",
                "cadres/" + pidu.id(),
                token,
                "{\"name\":\"hijacked\",\"gender\":\"MALE\",\"birthDate\":\"1980-01-01\",\"ethnicity\":\"x\","
                        + "\"politicalStatus\":\"MASSES\",\"managementAuthority\":\"COUNTY\",\"status\":\"ACTIVE\"}",
                "If-Match",
                "*");
        HttpResponse<String> missing = call("GET", "cadres/" + UUID.randomUUID(), token, null);

        assertNotFoundLikeAMissingRecord(get, missing);
        assertNotFoundLikeAMissingRecord(put, missing);
        assertThat(get.body()).doesNotContain(pidu.name());
        assertThat(cadreRow(pidu.id())).isEqualTo(before);
    }

    @Test
    void anInvalidUnitIsRefusedWithFieldErrorsInTheCallersLanguage() throws Exception {
        String token = token("wenjiang-officer");

        HttpResponse<String> chinese = call("POST", "units", token, "{\"name\":\" \"}");
        HttpResponse<String> english = call("POST", "units", token, "{\"name\":\" \"}", "Accept-Language", "en");

        assertProblem(chinese, 400);
        Map<String, Object> zh = json(chinese);
        assertThat(zh.get("title")).isEqualTo("请求内容有误");
        assertThat(errors(zh)).extracting(e -> e.get("field")).contains("name", "type");
        assertThat(errors(zh))
                .filteredOn(e -> "name".equals(e.get("field")))
                .extracting(e -> e.get("detail"))
                .containsExactly("请填写单位名称。");
        Map<String, Object> en = json(english);
        assertThat(en.get("title")).isEqualTo("Invalid request");
        assertThat(errors(en)).extracting(e -> e.get("code")).contains("unit.error.name.required");
    }

    @Test
    void badBodiesAreProblemsNamingTheFieldInTheCallersLanguage() throws Exception {
        String token = token("wenjiang-officer");

        HttpResponse<String> malformed = call("POST", "cadres", token, "{\"name\":");
        HttpResponse<String> badValues = call(
                "POST",
                "cadres",
                token,
                "{\"gender\":\"male\",\"birthDate\":\"1990-13-45\",\"nickname\":1}",
                "Accept-Language",
                "en");
        HttpResponse<String> tooLong =
                call("POST", "cadres", token, "{\"name\":\"张三\",\"ethnicity\":\"" + "汉".repeat(21) + "\"}");

        assertProblem(malformed, 400);
        assertThat(json(malformed).get("title")).isEqualTo("请求格式错误");
        assertThat(errors(json(malformed))).extracting(e -> e.get("field")).containsExactly("body");
        assertProblem(badValues, 400);
        assertThat(errors(json(badValues)))
                .extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("gender", "birthDate", "nickname");
        assertThat(errors(json(badValues)))
                .filteredOn(e -> "birthDate".equals(e.get("field")))
                .extracting(e -> e.get("detail"))
                .containsExactly("Must be a valid date, written YYYY-MM-DD.");
        assertProblem(tooLong, 400);
        assertThat(errors(json(tooLong)))
                .filteredOn(e -> "ethnicity".equals(e.get("field")))
                .extracting(e -> e.get("detail"))
                .containsExactly("不能超过 20 个字符。");
    }

    @Test
    void withoutAValidTokenTheApiAnswers401ProblemAndNeverALoginRedirect() throws Exception {
        for (String path : List.of("units", "cadres", "units/" + UUID.randomUUID())) {
            HttpResponse<String> none = call("GET", path, null, null);
            HttpResponse<String> forged = call("GET", path, "not.a.token", null);

            assertProblem(none, 401);
            assertProblem(forged, 401);
            assertThat(none.headers().firstValue("Location")).isEmpty();
            assertThat(none.headers().firstValue("WWW-Authenticate").orElseThrow())
                    .startsWith("Bearer");
        }
    }

    @Test
    void theSupervisorReadsBothCountiesButWritesNothing() throws Exception {
        String token = token("sichuan-supervisor");
        UUID wenjiang = Units.idOf(Units.WENJIANG, Units.WENJIANG_COMMITTEE);
        UUID pidu = Units.idOf(Units.PIDU, Units.PIDU_HEALTH);

        assertThat(call("GET", "units/" + wenjiang, token, null).statusCode()).isEqualTo(200);
        HttpResponse<String> piduUnit = call("GET", "units/" + pidu, token, null);
        assertThat(piduUnit.statusCode()).isEqualTo(200);
        assertThat(json(piduUnit).get("name")).isEqualTo(Units.PIDU_HEALTH);
        String before = unitRow(pidu);

        assertProblem(call("POST", "units", token, "{\"name\":\"x\",\"type\":\"WORKING_DEPARTMENT\"}"), 403);
        assertProblem(
                call(
                        "PUT",
                        "units/" + pidu,
                        token,
                        "{\"name\":\"x\",\"type\":\"WORKING_DEPARTMENT\"}",
                        "If-Match",
                        piduUnit.headers().firstValue("ETag").orElseThrow()),
                403);
        assertThat(unitRow(pidu)).isEqualTo(before);
    }

    @Test
    void theOfficerCreatesAndUpdatesAUnitWithOptimisticVersions() throws Exception {
        String token = token("wenjiang-officer");
        String name = "REST test unit " + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> created =
                call("POST", "units", token, "{\"name\":\"" + name + "\",\"type\":\"WORKING_DEPARTMENT\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        String etag = created.headers().firstValue("ETag").orElseThrow();
        assertThat(json(created).get("tenantId")).isEqualTo(Units.WENJIANG);

        String change = "{\"name\":\"" + name + " 2\",\"type\":\"WORKING_DEPARTMENT\",\"principalPosts\":1}";
        HttpResponse<String> updated = call("PUT", "units/" + id, token, change, "If-Match", etag);
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);

        assertProblem(call("PUT", "units/" + id, token, change, "If-Match", etag), 412);
        assertProblem(call("PUT", "units/" + id, token, change), 428);
        assertProblem(call("POST", "units", token, "name=x", "Content-Type", "text/plain"), 415);
    }

    @Test
    void filtersAndPagingWork() throws Exception {
        String token = token("wenjiang-officer");

        Map<String, Object> all = json(call("GET", "units?size=200", token, null));
        Map<String, Object> first = json(call("GET", "units?size=2&page=0&sort=name", token, null));
        Map<String, Object> second = json(call("GET", "units?size=2&page=1&sort=name", token, null));

        assertThat(items(first)).hasSize(2);
        assertThat(((Number) first.get("size")).intValue()).isEqualTo(2);
        assertThat(first.get("total")).isEqualTo(all.get("total"));
        assertThat(items(second)).extracting(u -> u.get("id")).doesNotContainAnyElementsOf(ids(first));

        Map<String, Object> women = json(call("GET", "cadres?gender=FEMALE&size=200", token, null));
        Map<String, Object> cadres = json(call("GET", "cadres?size=200", token, null));
        assertThat(items(women)).allSatisfy(c -> assertThat(c.get("gender")).isEqualTo("FEMALE"));
        assertThat(((Number) women.get("total")).longValue()).isLessThan(((Number) cadres.get("total")).longValue());

        HttpResponse<String> tooBig = call("GET", "cadres?size=201&gender=nobody", token, null);
        assertProblem(tooBig, 400);
        assertThat(errors(json(tooBig))).extracting(e -> e.get("field")).contains("size", "gender");
    }

    @Test
    void theOpenApiDocumentIsServedAndListsThePaths() throws Exception {
        HttpResponse<String> document = call("GET", "openapi?format=JSON", null, null, "Accept", "application/json");

        assertThat(document.statusCode()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) json(document).get("paths");
        assertThat(paths).containsKeys("/api/v1/units", "/api/v1/units/{id}", "/api/v1/cadres", "/api/v1/cadres/{id}");
    }

    @Test
    void theOpenApiLinksLeadToTheDocumentWithoutAToken() throws Exception {
        for (String format : List.of("json", "yaml")) {
            HttpResponse<String> link = call("GET", "openapi." + format, null, null);

            assertThat(link.statusCode()).isEqualTo(307);
            String location = link.headers().firstValue("Location").orElseThrow();
            assertThat(location).isEqualTo(Api.BASE + "openapi?format=" + format.toUpperCase());
            HttpResponse<String> followed = http.send(
                    HttpRequest.newBuilder(URI.create(location)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(followed.statusCode()).isEqualTo(200);
            assertThat(followed.body()).contains("/api/v1/cadres/{id}");
        }
    }

    @Test
    void realResponsesAgreeWithTheOpenApiDocumentDatesIncluded() throws Exception {
        OpenApiOperations api = OpenApiOperations.served();
        String token = token("wenjiang-officer");
        Map<String, Object> fileSchema = api.schema("CadreDto");
        Map<String, Object> birthDate = api.resolve(OpenApiOperations.map(
                OpenApiOperations.map(fileSchema.get("properties")).get("birthDate")));
        assertThat(OpenApiOperations.type(birthDate))
                .as("birthDate in the document")
                .isEqualTo("string");
        assertThat(birthDate).containsEntry("format", "date");
        Map<String, Object> list = api.operations().stream()
                .filter(o -> o.method().equals("GET") && o.path().equals("cadres"))
                .findFirst()
                .orElseThrow()
                .answer();
        assertThat(list).as("the cadre list declares its answer").isNotNull();

        Map<String, Object> page = json(call("GET", "cadres?size=20", token, null));
        Object id = items(page).getFirst().get("id");
        HttpResponse<String> file = call("GET", "cadres/" + id, token, null);
        HttpResponse<String> unit =
                call("GET", "units/" + Units.idOf(Units.WENJIANG, Units.WENJIANG_COMMITTEE), token, null);

        assertThat((String) json(file).get("birthDate")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(api.mismatches(page, list, "cadres")).isEmpty();
        assertThat(api.mismatches(json(file), fileSchema, "cadre")).isEmpty();
        assertThat(api.mismatches(json(unit), api.schema("UnitDto"), "unit")).isEmpty();
    }

    private static void assertNotFoundLikeAMissingRecord(HttpResponse<String> response, HttpResponse<String> missing) {
        assertProblem(response, 404);
        Map<String, Object> problem = json(response);
        Map<String, Object> expected = json(missing);
        for (String member : List.of("type", "title", "status", "detail")) {
            assertThat(problem.get(member)).as(member).isEqualTo(expected.get(member));
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(PROBLEM);
        Map<String, Object> problem = json(response);
        assertThat(((Number) problem.get("status")).intValue()).isEqualTo(status);
        assertThat(problem.get("type")).asString().startsWith("urn:zugong:problem:");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at cn.zugong");
    }

    private HttpResponse<String> call(String method, String path, String token, String body, String... headers)
            throws Exception {
        return Api.call(method, path, token, body, headers);
    }

    private String token(String user) {
        return Api.token(user);
    }

    private static Map<String, Object> json(HttpResponse<String> response) {
        return Api.json(response);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private static List<Map<String, Object>> errors(Map<String, Object> problem) {
        return Api.errors(problem);
    }

    private static List<Object> ids(Map<String, Object> page) {
        return items(page).stream().map(item -> item.get("id")).toList();
    }

    /** The unit's stored name, parent and version, read as the unit's own county. */
    private static String unitRow(UUID id) throws Exception {
        return row(Units.PIDU, "select name, parent_id, version from org_unit where id = ?", id);
    }

    private static String cadreRow(UUID id) throws Exception {
        return row(Units.PIDU, "select name, gender, status, version from cadre where id = ?", id);
    }

    private static String row(String tenant, String sql, UUID id) throws Exception {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            try (PreparedStatement select = db.prepareStatement(sql)) {
                select.setObject(1, id);
                try (ResultSet row = select.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    StringBuilder text = new StringBuilder();
                    for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                        text.append(row.getString(i)).append('|');
                    }
                    return text.toString();
                }
            } finally {
                db.rollback();
            }
        }
    }
}
