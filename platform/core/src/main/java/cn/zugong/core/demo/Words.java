package cn.zugong.core.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.random.RandomGenerator;

/** The word lists of the synthetic registry ({@code demo/cadre-words.properties}). */
final class Words {

    private final Properties lists = new Properties();

    Words() {
        try (var in = Words.class.getClassLoader().getResourceAsStream("demo/cadre-words.properties")) {
            lists.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> list(String key) {
        String value = lists.getProperty(key);
        return value == null ? List.of() : List.of(value.split(","));
    }

    String pick(String key, RandomGenerator random) {
        List<String> words = list(key);
        return words.get(random.nextInt(words.size()));
    }
}
