package cn.zugong.core.cadre.infrastructure.lrmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.zugong.core.cadre.domain.identity.IdNumber;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every problem key has a text in the portal's Chinese and English bundles. The bundles live in
 * the ui module, which depends on this one; the test reads them from the source tree.
 */
class ProblemMessagesTest {

    private static final Path BUNDLES = Path.of("../../ui/src/main/resources/i18n");

    private static List<String> keys() {
        return Stream.concat(
                        Arrays.stream(ProblemKey.values()).map(ProblemKey::key),
                        Arrays.stream(IdNumber.Rule.values()).map(IdNumber.Rule::messageKey))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyProblemKeyHasAMessageThatFormats(String bundle) throws IOException {
        Properties messages = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
            messages.load(in);
        }

        for (String key : keys()) {
            assertThat(messages.getProperty(key)).as(key).isNotBlank();
            assertThatCode(() -> new MessageFormat(messages.getProperty(key)).format(new Object[] {"a", "b", "c"}))
                    .as(key)
                    .doesNotThrowAnyException();
            // A single quote would start a quoted section in MessageFormat and swallow a placeholder.
            assertThat(messages.getProperty(key)).as(key).doesNotContain("'");
        }
    }
}
