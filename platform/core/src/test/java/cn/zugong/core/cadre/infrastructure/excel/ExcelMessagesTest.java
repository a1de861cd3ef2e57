package cn.zugong.core.cadre.infrastructure.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message key the Excel code names has a text in the portal's Chinese and English bundles
 * (in the ui module, read from the source tree), and the text formats with its arguments.
 */
class ExcelMessagesTest {

    private static final Path BUNDLES = Path.of("../../ui/src/main/resources/i18n");
    private static final Path SOURCES = Path.of("src/main/java/cn/zugong/core/cadre/infrastructure/excel");
    private static final Pattern KEY = Pattern.compile("\"((?:excel|cadre)\\.error\\.[a-z.-]+)\"");

    private static List<String> keysInCode() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.flatMap(file -> {
                        try {
                            Matcher m = KEY.matcher(Files.readString(file));
                            return m.results().map(r -> r.group(1)).toList().stream();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .distinct()
                    .toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyKeyOfTheExcelCodeHasAMessageThatFormats(String bundle) throws IOException {
        Properties messages = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        List<String> keys = keysInCode();

        assertThat(keys).contains("excel.error.not-xlsx", "excel.error.choice", "cadre.error.id-number.taken");
        for (String key : keys) {
            assertThat(messages.getProperty(key)).as(key).isNotBlank().doesNotContain("'");
            assertThatCode(() -> new MessageFormat(messages.getProperty(key)).format(new Object[] {"a", 2}))
                    .as(key)
                    .doesNotThrowAnyException();
        }
    }
}
