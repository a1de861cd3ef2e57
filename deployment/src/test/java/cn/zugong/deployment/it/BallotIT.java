package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A democratic recommendation of a 温江 case from printed codes to the case's record: the officer
 * opens a session on the case's page and prints the code sheet; three participants in browsers of
 * their own, without any login, vote by code (one from the QR code's address, two by typing it);
 * a code that voted is refused; after the close the result, and applying it, writes the votes into
 * the case's recommendation. The stored ballots carry nothing of their codes. 郫都's officer gets
 * nothing of it, by page or API, and the public page sends its strict headers.
 */
@ExtendWith(FullStack.class)
class BallotIT {

    private static final String OFFICER = "wenjiang-officer";
    private static final Pattern CODE = Pattern.compile("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");

    @Test
    void codesFromTheSheetVoteOnceAnonymouslyAndTheResultFeedsTheCasesRecommendation() throws Exception {
        List<Cases.Cadre> candidates = List.of(
                Cases.activeHolder(Units.WENJIANG, 21),
                Cases.activeHolder(Units.WENJIANG, 22),
                Cases.activeHolder(Units.WENJIANG, 23));
        UUID caseId = recommendingCase(candidates);
        UUID sessionId;
        List<String> codes;
        try (Browser officer = Browser.as(OFFICER, "selection/" + caseId)) {
            officer.click("case-ballots");
            officer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ballot-create")));
            officer.type("ballot-expected", "3");
            officer.driver
                    .findElement(By.cssSelector("#ballot-max-marks input"))
                    .sendKeys("\b2");
            officer.click("ballot-create");
            officer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ballot-codes-0")));
            sessionId = UUID.fromString(
                    Cases.text(Units.WENJIANG, "select id::text from ballot_session where case_id = ?", caseId));

            byte[] sheet = download(officer, "ballot-codes-0");
            String text = text(sheet);
            codes = codes(text);
            assertThat(codes).hasSize(3).doesNotHaveDuplicates();
            assertThat(text).contains(FullStack.portalUrl() + "ballot/");

            officer.go("selection/" + caseId + "/ballots");
            officer.click("ballot-start-0");
            officer.wait.until(
                    d -> d.findElement(By.id("ballot-state-0")).getText().equals("投票中"));
        }

        // Three participants, each in a browser of their own, none signed in.
        vote(FullStack.portalUrl() + "ballot/?c=" + codes.get(0).replace("-", ""), null, 0);
        vote(FullStack.portalUrl() + "ballot/", codes.get(1).toLowerCase(), 0, 1);
        vote(FullStack.portalUrl() + "ballot/", codes.get(2), 1);
        try (Browser again = Browser.open()) {
            again.driver.get(FullStack.portalUrl() + "ballot/?c=" + codes.get(0));
            assertThat(again.wait
                            .until(ExpectedConditions.visibilityOfElementLocated(By.id("ballot-message")))
                            .getAttribute("data-key"))
                    .isEqualTo("ballot.public.used");
        }

        // Nothing stored relates a ballot to a code: three ballots, three used codes, no shared value.
        assertThat(count("select count(*) from ballot_cast where session_id = ?", sessionId))
                .isEqualTo(3);
        assertThat(count("select count(*) from ballot_code where session_id = ? and used", sessionId))
                .isEqualTo(3);
        assertThat(count(
                        "select count(*) from ballot_cast b join ballot_code c on c.session_id = b.session_id"
                                + " where b.session_id = ? and (b.marks like '%' || c.code_hash || '%'"
                                + " or b.id::text = c.code_hash)",
                        sessionId))
                .isZero();

        try (Browser officer = Browser.as(OFFICER, "selection/" + caseId + "/ballots")) {
            officer.click("ballot-close-0");
            officer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ballot-participation-0")));
            assertThat(officer.driver
                            .findElement(By.id("ballot-participation-0"))
                            .getText())
                    .contains("实际参加 3 人", "达到规定的参加比例", "有效票 3 张");
            officer.waitForGridText(candidates.get(0).name());
            assertThat(officer.gridTexts()).contains("66.7%", "0.0%");
            officer.click("ballot-apply-0");
            officer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ballot-applied-0")));
        }
        assertThat(Cases.text(Units.WENJIANG, "select recommendation_present from selection_case where id = ?", caseId))
                .isEqualTo("3");
        assertThat(Cases.text(Units.WENJIANG, "select recommended_on from selection_case where id = ?", caseId))
                .isEqualTo(LocalDate.now().toString());
        assertThat(votes(caseId)).containsExactly("2", "2", "0");
        assertThat(Cases.journal(Units.WENJIANG, caseId))
                .contains("selection.recommendation", "selection.recommendation.tally");
        assertThat(Cadres.auditActions(Units.WENJIANG, "ballot_session", sessionId.toString(), OFFICER))
                .containsExactly(
                        "ballot.open",
                        "ballot.codes.issue",
                        "ballot.start",
                        "ballot.close",
                        "ballot.result.read",
                        "ballot.apply",
                        "ballot.result.read");

        // The county's API gives the result; 郫都's officer gets nothing, by page or API.
        java.util.Map<String, Object> result =
                Api.json(Api.call("GET", "ballots/" + sessionId + "/result", Api.token(OFFICER), null));
        assertThat(((Number) result.get("cast")).intValue()).isEqualTo(3);
        assertThat(result.get("participationMet")).isEqualTo(true);
        for (String path : List.of("ballots/" + sessionId, "ballots/" + sessionId + "/result")) {
            HttpResponse<String> pidu = Api.call("GET", path, Api.token("pidu-officer"), null);
            assertThat(pidu.statusCode()).as(path).isEqualTo(404);
            assertThat(pidu.body()).doesNotContain(candidates.get(0).name());
        }
        try (Browser pidu = Browser.as("pidu-officer", "selection/" + caseId + "/ballots")) {
            pidu.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ballot-not-found")));
            assertThat(pidu.driver.getPageSource())
                    .doesNotContain(candidates.get(0).name());
        }
    }

    @Test
    void thePublicPageSendsStrictHeadersAndSpeaksTheBrowsersLanguageWithoutALogin() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(FullStack.portalUrl() + "ballot/"))
                        .header("Accept-Language", "en-GB,en;q=0.9,zh;q=0.5")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Ballot code", "lang=\"en\"").doesNotContain("<script");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'", "style-src 'self'", "form-action 'self'", "frame-ancestors 'none'");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");

        HttpResponse<String> chinese = http.send(
                HttpRequest.newBuilder(URI.create(FullStack.portalUrl() + "ballot/?c=2345-6789-ABCD"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chinese.statusCode()).isEqualTo(404);
        assertThat(chinese.body()).contains("投票码无效", "lang=\"zh-CN\"");
        assertThat(chinese.headers().firstValue("Content-Security-Policy")).isPresent();

        HttpResponse<String> css = http.send(
                HttpRequest.newBuilder(URI.create(FullStack.portalUrl() + "ballot/ballot.css"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
    }

    /** Votes in a browser of its own: opens the address (typing the code if given) and marks the places. */
    private static void vote(String address, String typed, int... places) throws Exception {
        try (Browser voter = Browser.open()) {
            voter.driver.get(address);
            if (typed != null) {
                voter.wait
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("ballot-code")))
                        .sendKeys(typed);
                voter.driver.findElement(By.id("ballot-open")).click();
            }
            voter.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ballot-cast")));
            assertThat(voter.driver.getCurrentUrl()).startsWith(FullStack.portalUrl());
            for (int place : places) {
                voter.driver.findElement(By.id("nominee-" + place)).click();
            }
            voter.driver.findElement(By.id("ballot-cast")).click();
            voter.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ballot-thanks")));
        }
    }

    /** A case at the recommendation step with the candidates, inserted as the county's own data. */
    private static UUID recommendingCase(List<Cases.Cadre> candidates) throws SQLException {
        UUID caseId = UUID.randomUUID();
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, Units.WENJIANG, Units.WENJIANG);
            try (PreparedStatement insert = db.prepareStatement("insert into selection_case (tenant_id, id, case_no,"
                    + " kind, title, step, step_since, status, opened_at, opened_by)"
                    + " values (?, ?, ?, 'APPOINT', ?, 'RECOMMENDATION', now(), 'OPEN', now(), ?)")) {
                insert.setString(1, Units.WENJIANG);
                insert.setObject(2, caseId);
                insert.setString(3, "B" + caseId.toString().substring(0, 8));
                insert.setString(4, "民主推荐 " + caseId.toString().substring(0, 8));
                insert.setString(5, OFFICER);
                insert.executeUpdate();
            }
            for (Cases.Cadre cadre : candidates) {
                try (PreparedStatement insert = db.prepareStatement(
                        "insert into selection_candidate (tenant_id, id, case_id, cadre_id) values (?, ?, ?, ?)")) {
                    insert.setString(1, Units.WENJIANG);
                    insert.setObject(2, UUID.randomUUID());
                    insert.setObject(3, caseId);
                    insert.setObject(4, cadre.id());
                    insert.executeUpdate();
                }
            }
            db.commit();
        }
        return caseId;
    }

    /** The candidates' meeting votes in the order they were added. */
    private static List<String> votes(UUID caseId) throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, Units.WENJIANG, Units.WENJIANG);
            try (PreparedStatement select =
                    db.prepareStatement("select k.meeting_votes from selection_candidate k join ballot_nominee n"
                            + " on n.tenant_id = k.tenant_id and n.cadre_id = k.cadre_id"
                            + " join ballot_session s on s.tenant_id = n.tenant_id and s.id = n.session_id"
                            + " where k.case_id = ? and s.case_id = k.case_id order by n.place")) {
                select.setObject(1, caseId);
                List<String> votes = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        votes.add(rows.getString(1));
                    }
                }
                return votes;
            } finally {
                db.rollback();
            }
        }
    }

    private static long count(String sql, UUID sessionId) throws SQLException {
        return Long.parseLong(Cases.text(Units.WENJIANG, sql, sessionId));
    }

    /** Downloads a link's file with the browser's own session, as the officer's click would. */
    private static byte[] download(Browser browser, String linkId) {
        String href = browser.wait
                .until(ExpectedConditions.presenceOfElementLocated(By.id(linkId)))
                .getAttribute("href");
        Object base64 = ((JavascriptExecutor) browser.driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {"
                                + " let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x));"
                                + " done(btoa(s)); })",
                        href);
        return Base64.getDecoder().decode((String) base64);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<String> codes(String text) {
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            codes.add(m.group());
        }
        return codes;
    }
}
