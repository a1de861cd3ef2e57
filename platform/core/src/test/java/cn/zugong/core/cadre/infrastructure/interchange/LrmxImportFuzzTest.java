package cn.zugong.core.cadre.infrastructure.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.cadre.infrastructure.lrmx.InterchangeProblem;
import cn.zugong.core.testfuzz.Bundles;
import cn.zugong.core.testfuzz.Mutations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzing the .lrmx import (one file, or a zip of .lrmx files and .lrm/.pic pairs) on the real
 * mapping and an H2 database: valid files spoiled in the ways real uploads are (bytes changed,
 * cut off, wrong encodings, huge text, deep nesting, entity attacks, missing elements, wrong
 * dates, over-long values, zip bombs, nested zips, unsafe paths). Every upload is either imported
 * whole or refused with the file, item and a translated reason, writing nothing; no other exception
 * ever leaves the import. A huge file or a bomb is refused by its size, before it is held.
 *
 * <p>Bounded: each mutation is tried with {@value #SEEDS} seeds derived from one fixed seed, so a
 * run takes a few seconds and a failing case is replayed from the seed in its name.
 */
class LrmxImportFuzzTest {

    enum FileMutation {
        NONE,
        BYTES,
        GBK_UNDECLARED,
        GBK_DECLARED,
        UTF16,
        BILLION_LAUGHS,
        EXTERNAL_ENTITY,
        HUGE_TEXT,
        DEEP_NESTING,
        MISSING_ELEMENT,
        WRONG_DATE,
        DOTTED_DATE,
        LONG_VALUE,
        CONTROL_CHARACTERS
    }

    enum ZipMutation {
        NONE,
        BYTES,
        BOMB,
        NESTED_ZIP,
        UNSAFE_PATH,
        PIC_MISSING
    }

    private static final Pattern ELEMENT = Pattern.compile("<([A-Za-z_]+)>([^<]+)</\\1>");
    private static final List<String> DATES = List.of(
            "ChuShengNianYue", "RuDangShiJian", "CanJiaGongZuoShiJian", "JiSuanNianLingShiJian", "ChuShengRiQi");
    private static final List<String> WRONG_DATES = List.of(
            "1990.13", "19900230", "1990.02.30", "199", "2月", "1990-01", "1990.1", "00000000", "9999.99.99", " ");

    static final int SEEDS = 3;
    private static final long SEED = 15_021L;

    private static Registry registry;

    @BeforeAll
    static void open() throws Exception {
        registry = new Registry();
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    static Stream<Arguments> files() {
        Random seeds = new Random(SEED);
        return Stream.of(FileMutation.values()).flatMap(m -> Stream.generate(() -> Arguments.of(m, seeds.nextLong()))
                .limit(SEEDS));
    }

    static Stream<Arguments> zips() {
        Random seeds = new Random(SEED);
        FileMutation[] entries = FileMutation.values();
        return Stream.of(ZipMutation.values()).flatMap(m -> Stream.generate(
                        () -> Arguments.of(m, entries[seeds.nextInt(entries.length)], seeds.nextLong()))
                .limit(SEEDS));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("files")
    void aSpoiledLrmxIsImportedWholeOrRefusedInWordsWritingNothing(FileMutation mutation, long seed) throws Exception {
        byte[] file = spoil(sample(), mutation, new Random(seed));

        ImportOutcome outcome = importChecked("form.lrmx", file);

        if (mutation == FileMutation.HUGE_TEXT) {
            assertThat(outcome.problems())
                    .extracting(InterchangeProblem::messageKey)
                    .contains("interchange.error.file.size");
        }
        if (mutation == FileMutation.BILLION_LAUGHS || mutation == FileMutation.EXTERNAL_ENTITY) {
            assertThat(outcome.problems())
                    .extracting(InterchangeProblem::messageKey)
                    .containsExactly("interchange.error.xml.doctype");
        }
    }

    @ParameterizedTest(name = "{0} with {1} seed {2}")
    @MethodSource("zips")
    void aSpoiledZipIsImportedWholeOrRefusedInWordsWritingNothing(ZipMutation mutation, FileMutation entries, long seed)
            throws Exception {
        Random random = new Random(seed);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(
                "a/form.lrmx",
                spoil(sample(), entries == FileMutation.HUGE_TEXT ? FileMutation.NONE : entries, random));
        files.put("b/chen-xiaomei.lrm", resource("chen-xiaomei.lrm"));
        files.put("b/chen-xiaomei.pic", resource("chen-xiaomei.pic"));
        byte[] zip =
                switch (mutation) {
                    case NONE -> Mutations.zip(files);
                    case BYTES -> Mutations.anyBytes(Mutations.zip(files), random);
                    case BOMB -> Mutations.bomb("bomb.lrmx", 17L << 20);
                    case NESTED_ZIP ->
                        Mutations.zip(Map.of("inner.zip", Mutations.zip(files), "c/form.lrmx", sample()));
                    case UNSAFE_PATH -> Mutations.zip(Map.of("../../etc/form.lrmx", sample()));
                    case PIC_MISSING -> Mutations.zip(Map.of("b/chen-xiaomei.lrm", resource("chen-xiaomei.lrm")));
                };

        ImportOutcome outcome = importChecked("forms.zip", zip);

        switch (mutation) {
            case BOMB ->
                assertThat(outcome.problems())
                        .extracting(InterchangeProblem::messageKey)
                        .containsExactly("interchange.error.archive.entrySize");
            case UNSAFE_PATH ->
                assertThat(outcome.problems())
                        .extracting(InterchangeProblem::messageKey)
                        .containsExactly("interchange.error.archive.path");
            case PIC_MISSING ->
                assertThat(outcome.problems())
                        .extracting(InterchangeProblem::messageKey)
                        .contains("interchange.error.lrm.picMissing");
            case NESTED_ZIP -> assertThat(outcome.skipped()).isNotEmpty();
            default -> {}
        }
    }

    /** Imports, then checks the one rule every upload obeys: whole, or refused in words with nothing written. */
    private static ImportOutcome importChecked(String name, byte[] bytes) throws Exception {
        long before = registry.rows();

        ImportOutcome outcome = registry.inTransaction(() -> registry.importer.importFile(name, bytes));

        if (outcome.refused()) {
            assertThat(registry.rows()).as("rows after a refusal").isEqualTo(before);
            for (InterchangeProblem problem : outcome.problems()) {
                assertThat(problem.file()).as("file of %s", problem).isNotBlank();
                Bundles.assertTranslated(problem.messageKey(), problem.args());
            }
        } else {
            assertThat(outcome.created() + outcome.updated()).isPositive();
            assertThat(registry.rows()).as("rows after an import").isGreaterThan(before);
        }
        outcome.skipped().forEach(p -> Bundles.assertTranslated(p.messageKey(), p.args()));
        return outcome;
    }

    static byte[] spoil(byte[] valid, FileMutation mutation, Random random) {
        String text = new String(valid, StandardCharsets.UTF_8);
        return switch (mutation) {
            case NONE -> valid;
            case BYTES -> Mutations.anyBytes(valid, random);
            case GBK_UNDECLARED -> text.getBytes(Charset.forName("GBK"));
            case GBK_DECLARED ->
                text.replace(
                                "encoding=\"utf-8\"",
                                "encoding=\"" + pick(List.of("GBK", "gb2312", "GB18030"), random) + "\"")
                        .getBytes(Charset.forName("GB18030"));
            case UTF16 -> text.getBytes(StandardCharsets.UTF_16);
            case BILLION_LAUGHS -> Mutations.billionLaughs("Person").getBytes(StandardCharsets.UTF_8);
            case EXTERNAL_ENTITY -> Mutations.externalEntity("Person").getBytes(StandardCharsets.UTF_8);
            case HUGE_TEXT -> utf8(replaceOne(text, "JianLi", "长".repeat(6 << 20), random));
            case DEEP_NESTING -> {
                int depth = 1000 + random.nextInt(4000);
                yield utf8(text.replace("</Person>", "<X>".repeat(depth) + "</X>".repeat(depth) + "</Person>"));
            }
            case MISSING_ELEMENT -> utf8(removeOne(text, random));
            case WRONG_DATE -> utf8(replaceOne(text, pick(DATES, random), pick(WRONG_DATES, random), random));
            case DOTTED_DATE -> utf8(text.replace("<ChuShengNianYue>198503<", "<ChuShengNianYue>1985.03<"));
            case LONG_VALUE -> utf8(replaceOne(text, null, "字".repeat(21 + random.nextInt(600)), random));
            case CONTROL_CHARACTERS -> utf8(replaceOne(text, null, "a\u0001b&#1;c", random));
        };
    }

    // The text of one element (of the given name, or any) replaced.
    private static String replaceOne(String text, String name, String value, Random random) {
        List<MatchResult> found = ELEMENT.matcher(text)
                .results()
                .filter(m -> name == null || m.group(1).equals(name))
                .toList();
        if (found.isEmpty()) {
            return text;
        }
        MatchResult m = pick(found, random);
        return text.substring(0, m.start(2)) + value + text.substring(m.end(2));
    }

    private static String removeOne(String text, Random random) {
        MatchResult m = pick(ELEMENT.matcher(text).results().toList(), random);
        return text.substring(0, m.start()) + text.substring(m.end());
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sample() {
        return resource("li-mingyuan.lrmx");
    }

    private static byte[] resource(String name) {
        try (InputStream in = LrmxImportFuzzTest.class.getResourceAsStream("/lrmx/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
