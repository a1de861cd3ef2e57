package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Running the platform for real: the platform-sysadmin brings a county from nothing to an officer
 * working in it, suspends and resumes a tenant, and the separation of duties holds (no account with
 * two platform roles, no platform role granted by a county's admin). Each test makes its own
 * tenant and users, from divisions no other test uses.
 */
@ExtendWith(FullStack.class)
class TenantOnboardingIT {

    private static final String NEW_PASSWORD = "Zugong-2026-first";

    @Test
    void theSysadminBringsXinjinFromNothingToAnOfficerWorkingInIt() throws Exception {
        String temporary;
        try (Browser sysadmin = Browser.as("platform-sysadmin", "admin/platform/tenants")) {
            sysadmin.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tenant-division")));
            sysadmin.type("tenant-division", "510118");
            sysadmin.wait.until(d -> d.findElements(By.tagName("vaadin-combo-box-item")).stream()
                    .anyMatch(i -> i.getText().startsWith("510118")));
            sysadmin.driver.findElements(By.tagName("vaadin-combo-box-item")).stream()
                    .filter(i -> i.getText().startsWith("510118"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            sysadmin.type("tenant-admin-username", "xinjin-admin");
            sysadmin.type("tenant-admin-name", "新津管理员");
            sysadmin.click("tenant-create");
            temporary = sysadmin.wait
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("temporary-password")))
                    .getText();
            assertThat(temporary).hasSize(14);
            sysadmin.click("password-close");
            sysadmin.waitForGridText("510118");
        }
        List<Map<String, Object>> tenants = tenants();
        assertThat(tenants)
                .filteredOn(t -> "510118".equals(t.get("code")))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.get("status")).isEqualTo("ACTIVE");
                    assertThat(t.get("path")).isEqualTo("/510000/510100/510118/");
                    assertThat(t.get("nameZh")).isEqualTo("新津区委组织部");
                });

        String officerPassword;
        try (Browser admin = firstLogin("xinjin-admin", temporary, "admin/users")) {
            admin.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-roles")));
            List<String> offered =
                    admin.driver.findElement(By.id("user-roles")).findElements(By.tagName("vaadin-checkbox")).stream()
                            .map(WebElement::getText)
                            .toList();
            assertThat(offered)
                    .as("a county admin is offered the county's roles only")
                    .containsExactly("组工干部", "查阅人员", "审计员", "单位管理员");
            admin.type("user-username", "xinjin-officer");
            admin.type("user-display-name", "新津干部");
            WebElement officerRole =
                    admin.driver.findElement(By.id("user-roles")).findElements(By.tagName("vaadin-checkbox")).stream()
                            .filter(c -> c.getText().equals("组工干部"))
                            .findFirst()
                            .orElseThrow();
            // the native input the component wraps, clicked as a person's click reaches it
            ((JavascriptExecutor) admin.driver)
                    .executeScript("arguments[0].querySelector('input').click()", officerRole);
            admin.wait.until(d -> officerRole.getDomProperty("checked").equals("true"));
            admin.click("user-add");
            officerPassword = admin.wait
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("temporary-password")))
                    .getText();
            admin.click("password-close");
            admin.waitForGridText("xinjin-officer");
        }

        try (Browser officer = firstLogin("xinjin-officer", officerPassword, "cadres")) {
            assertThat(officer.driver.findElement(By.id("current-tenant")).getText())
                    .isEqualTo("新津区委组织部");
        }
        String token = Api.token("xinjin-officer", NEW_PASSWORD);
        assertThat(total(Api.call("GET", "cadres", token, null)))
                .as("cadres of a new county")
                .isZero();
        assertThat(total(Api.call("GET", "units", token, null)))
                .as("units of a new county")
                .isZero();
        Cadres.Sample wenjiang = Cadres.any(Units.WENJIANG, 0);
        assertThat(Api.call("GET", "cadres/" + wenjiang.id(), token, null).statusCode())
                .isEqualTo(404);
        assertThat(Api.call("GET", "cadres?search=" + Api.encode(wenjiang.name()), token, null)
                        .body())
                .doesNotContain(wenjiang.id().toString());
        HttpResponse<String> created =
                Api.call("POST", "units", token, "{\"name\":\"新津区委办公室\",\"type\":\"WORKING_DEPARTMENT\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"tenantId\":\"510118\"");
    }

    @Test
    void suspendingATenantRefusesItsUsersAndResumingRestoresThem() throws Exception {
        HttpResponse<String> created = Api.call(
                "POST",
                "platform/tenants",
                Api.token("platform-sysadmin"),
                "{\"division\":\"510116\",\"adminUsername\":\"shuangliu-admin\",\"adminName\":\"双流管理员\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String temporary = (String) Api.json(created).get("temporaryPassword");

        try (Browser admin = firstLogin("shuangliu-admin", temporary, "units")) {
            String token = Api.token("shuangliu-admin", NEW_PASSWORD);
            assertThat(Api.call("GET", "units", token, null).statusCode()).isEqualTo(200);

            HttpResponse<String> suspended =
                    Api.call("POST", "platform/tenants/510116/suspend", Api.token("platform-sysadmin"), null);
            assertThat(Api.json(suspended).get("status")).isEqualTo("SUSPENDED");

            HttpResponse<String> refused = Api.call("GET", "units", token, null);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(Api.isProblem(refused)).isTrue();
            assertThat((String) Api.json(refused).get("detail")).contains("暂停");
            admin.driver.get(FullStack.portalUrl() + "units");
            WebElement reason =
                    admin.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refused-reason")));
            assertThat(reason.getDomAttribute("data-reason")).isEqualTo("refused.suspended");
            assertThat(reason.getText()).contains("暂停");

            HttpResponse<String> resumed =
                    Api.call("POST", "platform/tenants/510116/resume", Api.token("platform-sysadmin"), null);
            assertThat(Api.json(resumed).get("status")).isEqualTo("ACTIVE");
            assertThat(Api.call("GET", "units", token, null).statusCode()).isEqualTo(200);
            admin.go("units");
        }
        assertThat(tenants())
                .filteredOn(t -> "510116".equals(t.get("code")))
                .extracting(t -> t.get("status"))
                .containsExactly("ACTIVE");
    }

    @Test
    void aTokenHoldingTwoPlatformRolesIsRefused() throws Exception {
        RealmUsers.create("two-hats", NEW_PASSWORD, List.of("platform-sysadmin", "platform-auditor"));
        String token = Api.token("two-hats", NEW_PASSWORD);

        HttpResponse<String> refused = Api.call("GET", "platform/tenants", token, null);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat((String) Api.json(refused).get("detail")).contains("三员分立");
        try (Browser browser = Browser.open()) {
            browser.driver.get(FullStack.portalUrl() + "admin/platform/tenants");
            browser.wait
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
                    .sendKeys("two-hats");
            browser.driver.findElement(By.id("password")).sendKeys(NEW_PASSWORD);
            browser.driver.findElement(By.id("kc-login")).click();
            WebElement reason =
                    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refused-reason")));
            assertThat(reason.getDomAttribute("data-reason")).isEqualTo("refused.duties.platform");
            assertThat(browser.present("side-nav")).isFalse();
        }
    }

    @Test
    void aTenantAdminCannotGrantAPlatformRoleNorReachAnotherCountysUsers() throws Exception {
        String admin = Api.token("wenjiang-admin");
        HttpResponse<String> sneaky = Api.call(
                "POST",
                "tenant/users",
                admin,
                "{\"username\":\"wenjiang-sneaky\",\"displayName\":\"越权\",\"roles\":[\"officer\",\"platform-sysadmin\"]}");
        assertThat(sneaky.statusCode()).as(sneaky.body()).isEqualTo(400);
        assertThat(Api.errors(Api.json(sneaky))).isNotEmpty();

        List<Map<String, Object>> users = list(Api.call("GET", "tenant/users", admin, null));
        Map<String, Object> officer = users.stream()
                .filter(u -> "wenjiang-officer".equals(u.get("username")))
                .findFirst()
                .orElseThrow();
        assertThat(users).extracting(u -> u.get("username")).doesNotContain("pidu-officer", "platform-sysadmin");
        HttpResponse<String> promote = Api.call(
                "PUT", "tenant/users/" + officer.get("id") + "/roles", admin, "{\"roles\":[\"platform-sysadmin\"]}");
        assertThat(promote.statusCode()).as(promote.body()).isEqualTo(400);
        assertThat(list(Api.call("GET", "tenant/users", admin, null)))
                .filteredOn(u -> "wenjiang-officer".equals(u.get("username")))
                .singleElement()
                .satisfies(u -> assertThat(u.get("roles")).isEqualTo(List.of("officer")));

        String pidu = Api.token("pidu-admin");
        assertThat(list(Api.call("GET", "tenant/users", pidu, null)))
                .extracting(u -> u.get("username"))
                .contains("pidu-officer")
                .doesNotContain("wenjiang-officer");
        assertThat(Api.call("POST", "tenant/users/" + officer.get("id") + "/disable", pidu, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(Api.call("GET", "tenant/users", Api.token("wenjiang-officer"), null)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aNewAccountWithAnAddressGetsItsSignInInstructionsByMailInItsLanguage() throws Exception {
        String adminAddress = "chongzhou-admin@example.cn";
        HttpResponse<String> created = Api.call(
                "POST",
                "platform/tenants",
                Api.token("platform-sysadmin"),
                "{\"division\":\"510184\",\"adminUsername\":\"chongzhou-admin\",\"adminName\":\"Chongzhou Admin\","
                        + "\"adminEmail\":\"" + adminAddress + "\",\"adminLanguage\":\"en\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Api.json(created).get("mailed")).isEqualTo(true);
        assertThat(Api.json(created).get("temporaryPassword"))
                .as("the password is shown to nobody once mailed")
                .isNull();
        MimeMessage english = mailTo(adminAddress);
        assertThat(english.getSubject()).isEqualTo("Your Zugong portal account: chongzhou-admin");
        String text = english.getContent().toString();
        assertThat(text).startsWith("Dear Chongzhou Admin,").contains("Login name: chongzhou-admin");
        try (Browser admin = firstLogin("chongzhou-admin", password(text, "Temporary password: "), "admin/users")) {
            admin.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-add")));
        }
        String adminToken = Api.token("chongzhou-admin", NEW_PASSWORD);

        HttpResponse<String> badLanguage = Api.call(
                "POST",
                "tenant/users",
                adminToken,
                "{\"username\":\"chongzhou-fr\",\"displayName\":\"x\",\"email\":\"fr@example.cn\","
                        + "\"roles\":[\"officer\"],\"language\":\"fr\"}");
        assertThat(badLanguage.statusCode()).as(badLanguage.body()).isEqualTo(400);
        assertThat(badLanguage.body()).contains("language").contains("zh-CN");
        assertThat(RealmUsers.exists("chongzhou-fr")).as("nothing half-written").isFalse();

        HttpResponse<String> added = Api.call(
                "POST",
                "tenant/users",
                adminToken,
                "{\"username\":\"chongzhou-officer\",\"displayName\":\"崇州干部\","
                        + "\"email\":\"chongzhou-officer@example.cn\",\"roles\":[\"officer\"]}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(Api.json(added).get("mailed")).isEqualTo(true);
        assertThat(Api.json(added).get("temporaryPassword")).isNull();
        MimeMessage chinese = mailTo("chongzhou-officer@example.cn");
        assertThat(chinese.getSubject()).isEqualTo("组工平台账号已开通：chongzhou-officer");
        String chineseText = chinese.getContent().toString();
        assertThat(chineseText).startsWith("崇州干部，您好").contains("登录名：chongzhou-officer");
        try (Browser officer = firstLogin("chongzhou-officer", password(chineseText, "临时密码："), "cadres")) {
            assertThat(officer.navText()).contains("干部");
        }
    }

    /** The one mail GreenMail received for an address, waited for with a deadline. */
    private static MimeMessage mailTo(String address) throws Exception {
        GreenMail smtp = FullStack.mail();
        for (int attempt = 1; ; attempt++) {
            for (MimeMessage mail : smtp.getReceivedMessages()) {
                Address[] to = mail.getRecipients(Message.RecipientType.TO);
                if (to != null && to[0].toString().equals(address)) {
                    return mail;
                }
            }
            assertThat(attempt).as("a mail to " + address + " within 10 s").isLessThan(10);
            smtp.waitForIncomingEmail(1000, smtp.getReceivedMessages().length + 1);
        }
    }

    /** The temporary password that follows {@code label} in a sign-in mail. */
    private static String password(String text, String label) {
        Matcher found =
                Pattern.compile(Pattern.quote(label) + "([A-Za-z0-9]{14})").matcher(text);
        assertThat(found.find()).as(text).isTrue();
        return found.group(1);
    }

    /** Signs in with a temporary password, sets {@link #NEW_PASSWORD} as Keycloak asks, lands in the portal. */
    private static Browser firstLogin(String username, String temporary, String path) throws Exception {
        Browser browser = Browser.open();
        browser.driver.get(FullStack.portalUrl() + path);
        browser.wait
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
                .sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(temporary);
        browser.driver.findElement(By.id("kc-login")).click();
        browser.wait
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new")))
                .sendKeys(NEW_PASSWORD);
        browser.driver.findElement(By.id("password-confirm")).sendKeys(NEW_PASSWORD);
        browser.driver.findElement(By.id("kc-submit")).click();
        browser.waitForShell();
        return browser;
    }

    private static List<Map<String, Object>> tenants() throws Exception {
        return list(Api.call("GET", "platform/tenants", Api.token("platform-sysadmin"), null));
    }

    private static List<Map<String, Object>> list(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return OpenApiOperations.list(Api.parse(response.body())).stream()
                .map(OpenApiOperations::map)
                .toList();
    }

    private static long total(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ((Number) Api.json(response).get("total")).longValue();
    }
}
