package cn.zugong.core.cadre.infrastructure.excel;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.testfuzz.Bundles;
import cn.zugong.core.testfuzz.Mutations;
import cn.zugong.core.unit.OrgUnit;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzing the Excel import ({@link CadreImport}, both passes) on an H2 database: a valid workbook
 * spoiled as uploads are (bytes changed, cut off, a sheet with a document type declaration or cut
 * off, huge shared text, a zip bomb part, a zip inside, not a workbook at all, bad cells). Each is
 * either saved whole or refused with a translated reason (the file's, or each row's with its row
 * and column), writing nothing; no other exception leaves the import. Each mutation is tried with
 * three seeds drawn from one fixed seed.
 */
class ExcelImportFuzzTest {

    enum Mutation {
        NONE,
        BYTES,
        SHEET_DOCTYPE,
        SHEET_CUT,
        SHEET_BYTES,
        HUGE_SHARED_TEXT,
        BOMB_PART,
        ZIP_INSIDE,
        NOT_A_WORKBOOK,
        BAD_CELLS
    }

    private static final String COUNTY = "510115";
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String STRINGS = "xl/sharedStrings.xml";

    private static TestDatabase db;
    private static CadreImport importer;
    private static int batch;

    @TempDir
    static Path dir;

    @BeforeAll
    static void open() throws Exception {
        db = new TestDatabase(Cadre.class, OrgUnit.class);
        db.tenant(COUNTY);
        db.execute(
                "insert into org_unit (tenant_id, id, name, unit_type) values (?, ?, '区委组织部', 'WORKING_DEPARTMENT')",
                COUNTY,
                UUID.randomUUID());
        TenancyHolder.set(Tenancy.writing(new TenantId(COUNTY)));
        CurrentUserHolder.set(new CurrentUser("officer", "officer", Set.of(CurrentUser.OFFICER), Set.of()));
        EntityManager em = db.entityManager();
        importer = TestDatabase.wire(new CadreImport(), "em", em);
        TestDatabase.wire(importer, "transaction", new LocalTransaction(em));
    }

    @AfterAll
    static void close() {
        CurrentUserHolder.clear();
        TenancyHolder.clear();
        db.close();
    }

    static Stream<Arguments> workbooks() {
        Random seeds = new Random(15_021L);
        return Stream.of(Mutation.values()).flatMap(m -> Stream.generate(() -> Arguments.of(m, seeds.nextLong()))
                .limit(3));
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("workbooks")
    void aSpoiledWorkbookIsSavedWholeOrRefusedInWordsWritingNothing(Mutation mutation, long seed) throws Exception {
        Random random = new Random(seed);
        Path file = Files.write(
                Files.createTempFile(dir, "fuzz", ".xlsx"), spoil(valid(random, mutation), mutation, random));
        long before = db.count("select count(*) from cadre");

        try {
            ImportReport report = importer.run(file, ImportProgress.NONE);

            if (report.succeeded()) {
                assertThat(db.count("select count(*) from cadre")).isEqualTo(before + report.imported());
            } else {
                assertThat(db.count("select count(*) from cadre")).isEqualTo(before);
                for (RowProblem problem : report.problems()) {
                    assertThat(problem.row()).isGreaterThan(1);
                    assertThat(problem.column()).isNotBlank();
                    Bundles.assertTranslated(problem.messageKey(), problem.args());
                }
            }
            assertThat(mutation).isNotIn(Mutation.NOT_A_WORKBOOK, Mutation.BOMB_PART, Mutation.SHEET_DOCTYPE);
        } catch (ExcelFileException refused) {
            assertThat(db.count("select count(*) from cadre")).isEqualTo(before);
            Bundles.assertTranslated(refused.messageKey(), refused.args());
            if (mutation == Mutation.BOMB_PART) {
                assertThat(refused.messageKey()).as(() -> causes(refused)).isEqualTo("excel.error.zip-bomb");
            }
        }
    }

    // Three good rows with id numbers of their own, so that every good upload can be saved.
    private static byte[] valid(Random random, Mutation mutation) throws IOException {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String serial = String.format("%03d", (2 * (batch * 3 + i) + 1) % 1000);
            rows.add(Sheets.good("测试" + batch + i, "510115" + "1980010" + (1 + batch % 9) + serial, "男"));
        }
        batch++;
        if (mutation == Mutation.BAD_CELLS) {
            Map<String, Object> row = rows.get(random.nextInt(rows.size()));
            String column =
                    List.of("出生日期", "性别", "民族", "籍贯", "所在单位", "入党时间", "身份证号").get(random.nextInt(7));
            row.put(
                    column,
                    List.of("1990.13", "字".repeat(300), "", "男性", "19900230", "x")
                            .get(random.nextInt(6)));
        }
        return Files.readAllBytes(Sheets.write(dir, rows));
    }

    private static byte[] spoil(byte[] xlsx, Mutation mutation, Random random) throws IOException {
        return switch (mutation) {
            case NONE, BAD_CELLS -> xlsx;
            case BYTES -> Mutations.anyBytes(xlsx, random);
            case SHEET_DOCTYPE ->
                replace(xlsx, SHEET, Mutations.billionLaughs("worksheet").getBytes(StandardCharsets.UTF_8));
            case SHEET_CUT -> replace(xlsx, SHEET, Mutations.truncate(part(xlsx, SHEET), random));
            case SHEET_BYTES -> replace(xlsx, SHEET, Mutations.flip(part(xlsx, SHEET), random));
            case HUGE_SHARED_TEXT -> {
                String strings = new String(part(xlsx, STRINGS), StandardCharsets.UTF_8);
                yield replace(
                        xlsx,
                        STRINGS,
                        strings.replace("测试", "测".repeat(3 << 20)).getBytes(StandardCharsets.UTF_8));
            }
            case BOMB_PART -> replace(xlsx, SHEET, bombSheet());
            case ZIP_INSIDE -> replace(xlsx, SHEET, xlsx);
            case NOT_A_WORKBOOK ->
                List.of(new byte[0], "<Person/>".getBytes(StandardCharsets.UTF_8), Mutations.zip(Map.of("a.txt", xlsx)))
                        .get(random.nextInt(3));
        };
    }

    // A well-formed sheet that inflates a thousandfold: 40 MiB of blanks inside the sheet data.
    private static byte[] bombSheet() {
        String open = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
        String close = "</sheetData></worksheet>";
        byte[] sheet = new byte[open.length() + (40 << 20) + close.length()];
        java.util.Arrays.fill(sheet, (byte) ' ');
        System.arraycopy(open.getBytes(StandardCharsets.US_ASCII), 0, sheet, 0, open.length());
        System.arraycopy(
                close.getBytes(StandardCharsets.US_ASCII), 0, sheet, sheet.length - close.length(), close.length());
        return sheet;
    }

    private static String causes(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t.getClass().getSimpleName())
                    .append(": ")
                    .append(t.getMessage())
                    .append(" <- ");
        }
        return text.toString();
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] part(byte[] xlsx, String name) throws IOException {
        return entries(xlsx).get(name);
    }

    private static byte[] replace(byte[] xlsx, String name, byte[] content) throws IOException {
        Map<String, byte[]> entries = entries(xlsx);
        entries.put(name, content);
        return Mutations.zip(entries);
    }
}
