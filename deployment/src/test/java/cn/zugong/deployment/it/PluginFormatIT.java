package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A plugin's cadre-list format (the example's simple CSV, {@code CadreListFormat}): where the
 * county enabled the plugin, the import page reads files of that format through the platform's own
 * checks and the cadre list offers it as an export; elsewhere neither appears.
 */
@ExtendWith(FullStack.class)
class PluginFormatIT {

    private static final String FORMAT = "简易CSV（示例模块） (.csv)";
    private static final List<String> NAMES = List.of("格式甲", "格式乙");

    private static Path csv(String content) throws Exception {
        Path file = Files.createTempDirectory("zugong-format-it").resolve("cadres.csv");
        Files.writeString(file, content);
        return file;
    }

    @Test
    void piduImportsCadresFromThePluginsFormatAndWenjiangIsNotOfferedIt() throws Exception {
        String header = "name,gender,birthDate,ethnicity,politicalStatus,partyJoined,unit,managementAuthority,status\n";
        String rows = NAMES.stream()
                .map(n -> n + ",女,198504,汉族,中共党员,200907," + Units.PIDU_COMMITTEE + ",县委管理,在职\n")
                .reduce("", String::concat);
        Plugins.setExampleEnabled("pidu-admin", true);
        try (Browser pidu = Browser.as("pidu-officer", "cadres/import")) {
            pidu.choose("excel-format", "vaadin-select-item", FORMAT);
            pidu.upload("excel-upload", csv("no,known,columns\n1,2,3\n"));
            pidu.wait.until(d -> d.findElement(By.id("excel-result")).getText().contains("无法按所选格式"));

            pidu.go("cadres/import");
            pidu.choose("excel-format", "vaadin-select-item", FORMAT);
            pidu.upload("excel-upload", csv(header + rows));
            pidu.wait.until(d -> d.findElement(By.id("excel-result")).getText().contains("已导入 2 名干部"));
            assertThat(Cadres.count(Units.PIDU, NAMES.get(0))).isEqualTo(1);
            assertThat(Cadres.count(Units.PIDU, NAMES.get(1))).isEqualTo(1);

            pidu.go("cadres");
            assertThat(pidu.present("cadre-export-example-csv")).isTrue();
        } finally {
            Plugins.setExampleEnabled("pidu-admin", false);
        }
        assertThat(Cadres.count(Units.WENJIANG, NAMES.get(0))).isZero();
        try (Browser pidu = Browser.as("pidu-officer", "cadres")) {
            assertThat(pidu.present("cadre-export-example-csv")).isFalse();
            pidu.go("cadres/import");
            pidu.wait.until(d -> d.findElements(By.id("excel-upload")).size() == 1);
            assertThat(pidu.driver.findElements(By.id("excel-format")).stream().noneMatch(WebElement::isDisplayed))
                    .isTrue();
        }
    }
}
