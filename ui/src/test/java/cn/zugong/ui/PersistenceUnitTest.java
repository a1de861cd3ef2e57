package cn.zugong.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The portal's persistence unit excludes unlisted classes, so an entity of the platform that
 * persistence.xml does not name cannot be queried in the server (only the server's tests would
 * notice): every {@code @Entity} of core is listed, in the portal's unit and in the reports' unit
 * (the replica's), which list the same classes.
 */
class PersistenceUnitTest {

    @Test
    void everyEntityOfThePlatformIsListedInThePersistenceUnit() throws IOException {
        String unit;
        try (InputStream xml = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
            unit = new String(xml.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> entities = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("cn.zugong.core")
                        .stream()
                        .filter(c -> c.isAnnotatedWith(Entity.class))
                        .map(JavaClass::getName)
                        .toList();

        List<String> portal = classes(unit, "zugong");
        List<String> reports = classes(unit, "zugong-reports");

        assertThat(entities)
                .isNotEmpty()
                .allSatisfy(entity -> assertThat(portal).as(entity).contains(entity));
        assertThat(reports).as("the reports' unit").containsExactlyElementsOf(portal);
    }

    /** The classes one persistence unit of the file lists. */
    private static List<String> classes(String xml, String unit) {
        Matcher body = Pattern.compile(
                        "<persistence-unit name=\"" + Pattern.quote(unit) + "\"[^>]*>(.*?)</persistence-unit>",
                        Pattern.DOTALL)
                .matcher(xml);
        assertThat(body.find()).as("persistence unit " + unit).isTrue();
        return Pattern.compile("<class>([^<]+)</class>")
                .matcher(body.group(1))
                .results()
                .map(m -> m.group(1))
                .toList();
    }
}
