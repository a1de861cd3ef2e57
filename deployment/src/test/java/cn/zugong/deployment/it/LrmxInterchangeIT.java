package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Importing approval forms through the page: every bad file is refused with its reason and writes
 * nothing; a good zip (with a GBK file dated the standalone editors' way) imports for the officer's
 * county only; an export gives the form back with the element the registry does not model, the
 * rewards, the assessments and the version as the file had them.
 */
@ExtendWith(FullStack.class)
class LrmxInterchangeIT {

    @Test
    void everyBadFileIsRefusedWithItsReasonAndWritesNothing() throws Exception {
        Path dir = Files.createTempDirectory("zugong-lrmx-it");
        String id = LrmxFiles.idNumber("19850312", 1);
        String good = LrmxFiles.lrmx("\u8d75\u67d0\u67d0", id, "19850312", LrmxFiles.photo());
        Map<Path, String> refusals = new LinkedHashMap<>();
        refusals.put(
                LrmxFiles.write(dir, "malformed.lrmx", good.replace("</Person>", "")),
                "\u6587\u4ef6\u4e0d\u5b8c\u6574");
        refusals.put(
                LrmxFiles.write(
                        dir,
                        "dotted.lrmx",
                        good.replace("<CanJiaGongZuoShiJian>200907", "<CanJiaGongZuoShiJian>1990.13")),
                "\u201c1990.13\u201d\u4e0d\u662f\u6709\u6548\u65e5\u671f");
        refusals.put(
                LrmxFiles.write(
                        dir, "date.lrmx", good.replace("<ChuShengNianYue>19850312", "<ChuShengNianYue>19851332")),
                "\u4e0d\u662f\u6709\u6548\u65e5\u671f");
        refusals.put(
                LrmxFiles.write(dir, "nophoto.lrmx", good.replace(LrmxFiles.photo(), "")), "\u7f3a\u5c11\u7167\u7247");
        byte[] big = new byte[10 * 1024 * 1024];
        System.arraycopy(LrmxFiles.PHOTO, 0, big, 0, LrmxFiles.PHOTO.length);
        refusals.put(
                LrmxFiles.write(
                        dir,
                        "bigphoto.lrmx",
                        good.replace(LrmxFiles.photo(), Base64.getEncoder().encodeToString(big))),
                "\u7167\u7247\u8fc7\u5927");
        refusals.put(LrmxFiles.write(dir, "gbk.lrmx", good, Charset.forName("GBK")), "GBK");
        refusals.put(LrmxFiles.zipBomb(dir), "\u538b\u7f29\u70b8\u5f39");
        int before = Cadres.count(Units.WENJIANG, null);

        try (Browser browser = Browser.as("wenjiang-officer", "cadres/lrmx")) {
            for (Map.Entry<Path, String> refusal : refusals.entrySet()) {
                browser.upload("lrmx-upload", refusal.getKey());
                String file = baseName(refusal.getKey());
                browser.wait
                        .withMessage(() -> file + ": "
                                + browser.driver
                                        .findElement(By.id("lrmx-summary"))
                                        .getText() + " " + browser.gridTexts())
                        .until(d -> browser.gridTexts().stream().anyMatch(t -> t.contains(file))
                                && browser.gridTexts().stream().anyMatch(t -> t.contains(refusal.getValue())));
                assertThat(browser.driver.findElement(By.id("lrmx-summary")).getText())
                        .as(file)
                        .contains("\u672a\u5bfc\u5165");
            }
        }
        assertThat(Cadres.count(Units.WENJIANG, null)).isEqualTo(before);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.indexOf('.'));
    }

    @Test
    void aGoodZipImportsForWenjiangOnlyAndExportsTheFormBack() throws Exception {
        Path dir = Files.createTempDirectory("zugong-lrmx-it");
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        String first = "\u94b1\u4e00" + suffix;
        String second = "\u94b1\u4e8c" + suffix;
        String third = "\u94b1\u4e09" + suffix;
        int sequence = Math.abs(suffix.hashCode());
        Path zip = LrmxFiles.zip(
                dir,
                "forms.zip",
                Map.of(
                        "a/" + first + ".lrmx",
                        LrmxFiles.lrmx(first, LrmxFiles.idNumber("19860101", sequence), "198601", LrmxFiles.photo())
                                .getBytes(StandardCharsets.UTF_8),
                        "a/" + second + ".lrmx",
                        LrmxFiles.lrmx(
                                        second,
                                        LrmxFiles.idNumber("19870202", sequence + 1),
                                        "198702",
                                        LrmxFiles.photo())
                                .getBytes(StandardCharsets.UTF_8),
                        "b/" + third + ".lrmx",
                        LrmxFiles.gbkWithDottedDates(
                                third, LrmxFiles.idNumber("19880303", sequence + 2), "198803", LrmxFiles.photo()),
                        "readme.txt",
                        "x".getBytes(StandardCharsets.UTF_8)));

        try (Browser browser = Browser.as("wenjiang-officer", "cadres/lrmx")) {
            browser.upload("lrmx-upload", zip);
            browser.wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("lrmx-summary"), "\u65b0\u5efa 3 \u4eba"));
        }
        assertThat(Cadres.count(Units.WENJIANG, first)).isEqualTo(1);
        assertThat(Cadres.count(Units.WENJIANG, third)).isEqualTo(1);
        assertThat(Cadres.count(Units.PIDU, first)).isZero();

        try (Browser browser = Browser.as("wenjiang-officer", "cadres")) {
            browser.driver.findElement(By.cssSelector("#cadre-search input")).sendKeys(first);
            browser.waitForGridText(first);
            browser.driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .filter(cell -> cell.getText().equals(first))
                    .findFirst()
                    .orElseThrow()
                    .click();
            browser.wait.until(ExpectedConditions.textToBe(By.id("cadre-name"), first));
            String href = browser.driver.findElement(By.id("cadre-lrmx-export")).getAttribute("href");
            Object exported = ((JavascriptExecutor) browser.driver)
                    .executeAsyncScript(
                            "const done = arguments[arguments.length - 1];"
                                    + "fetch(arguments[0]).then(r => r.text()).then(done)",
                            href);
            assertThat((String) exported)
                    .contains("<XingMing>" + first + "</XingMing>")
                    .contains("<ChengWei>\u59bb\u5b50</ChengWei>")
                    .contains("<BeiZhu>\u5bfc\u5165\u6d4b\u8bd5\u4fdd\u7559\u9879</BeiZhu>")
                    .contains("<ZhaoPian>" + LrmxFiles.photo() + "</ZhaoPian>")
                    .contains(
                            "<JiangChengQingKuang>2019\u5e74\u88ab\u8bc4\u4e3a\u4f18\u79c0\u5171\u4ea7\u515a\u5458\u3002</JiangChengQingKuang>")
                    .contains(
                            "<NianDuKaoHeJieGuo>2022\u5e74\u30012023\u5e74\u5e74\u5ea6\u8003\u6838\u79f0\u804c\u3002</NianDuKaoHeJieGuo>")
                    .contains("<Version>3.2.1.16</Version>");
        }
        try (Browser pidu = Browser.as("pidu-officer", "cadres")) {
            pidu.driver.findElement(By.cssSelector("#cadre-search input")).sendKeys(first);
            pidu.wait.until(d -> d.findElement(By.id("cadre-count")).getText().equals("\u5171 0 \u4eba"));
        }
    }
}
