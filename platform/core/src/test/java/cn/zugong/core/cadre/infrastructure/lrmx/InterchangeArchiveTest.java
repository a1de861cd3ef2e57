package cn.zugong.core.cadre.infrastructure.lrmx;

import static cn.zugong.core.cadre.infrastructure.lrmx.Samples.problems;
import static cn.zugong.core.cadre.infrastructure.lrmx.Samples.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class InterchangeArchiveTest {

    private final InterchangeArchive archive = new InterchangeArchive();

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private List<ArchiveEntry> read(byte[] zip) {
        return archive.read("batch.zip", new ByteArrayInputStream(zip));
    }

    @Test
    void everyFormOfAnArchiveIsReadAndABadFileDoesNotStopTheOthers() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("温江区/li-mingyuan.lrmx", resource("li-mingyuan.lrmx"));
        entries.put("郫都区/chen-xiaomei.lrm", resource("chen-xiaomei.lrm"));
        entries.put("郫都区/wang-jun.lrm", resource("wang-jun.lrm"));
        entries.put("郫都区/", new byte[0]);
        entries.put("郫都区/CHEN-XIAOMEI.PIC", resource("chen-xiaomei.pic"));
        entries.put("broken.lrmx", Samples.lrmxWith("ChuShengNianYue", "198513"));
        entries.put("说明.txt", "请导入".getBytes(StandardCharsets.UTF_8));

        List<ArchiveEntry> read = read(zip(entries));

        assertThat(read)
                .extracting(ArchiveEntry::name)
                .containsExactly(
                        "温江区/li-mingyuan.lrmx", "郫都区/chen-xiaomei.lrm", "郫都区/wang-jun.lrm", "broken.lrmx", "说明.txt");
        assertThat(read.get(0).form())
                .hasValueSatisfying(form -> assertThat(form.name()).isEqualTo("李明远"));
        assertThat(read.get(1).form())
                .hasValueSatisfying(form -> assertThat(form.photo()).isEqualTo(Samples.PNG));
        assertThat(read.get(2).form()).isEmpty();
        assertThat(read.get(2).problems())
                .extracting(InterchangeProblem::messageKey)
                .containsExactly("interchange.error.lrm.picMissing");
        assertThat(read.get(3).form()).isEmpty();
        assertThat(read.get(3).problems())
                .extracting(p -> p.file() + ":" + p.field() + ":" + p.messageKey())
                .containsExactly("broken.lrmx:ChuShengNianYue:interchange.error.date");
        assertThat(read.get(4).problems())
                .extracting(InterchangeProblem::messageKey)
                .containsExactly("interchange.error.archive.entryType");
    }

    @Test
    void aZipBombOfTwoHundredMegabytesOfZerosIsRefusedWhileDecompressing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("bomb.lrmx"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(bytes.size()).isLessThan(1024 * 1024);

        assertThat(problems(() -> read(bytes.toByteArray()))).containsExactly(":interchange.error.archive.entrySize");
    }

    @Test
    void manySmallEntriesAreRefusedWhenTheyExceedTheTotal() {
        InterchangeArchive small = new InterchangeArchive(new InterchangeLimits(1024, 4096, 100, 10_000));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            entries.put("f" + i + ".txt", new byte[3000]);
        }

        assertThat(problems(() -> small.read("batch.zip", new ByteArrayInputStream(zip(entries)))))
                .containsExactly(":interchange.error.archive.totalSize");
    }

    @Test
    void moreEntriesThanTheLimitAreRefused() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i <= 5_000; i++) {
            entries.put("d/" + i + ".txt", new byte[0]);
        }

        assertThat(problems(() -> read(zip(entries)))).containsExactly(":interchange.error.archive.entries");
    }

    @Test
    void aPathLeavingTheArchiveIsRefused() {
        assertThat(problems(() -> read(zip(Map.of("../../etc/evil.lrmx", resource("li-mingyuan.lrmx"))))))
                .containsExactly(":interchange.error.archive.path");
        assertThat(problems(() -> read(zip(Map.of("/etc/evil.lrmx", resource("li-mingyuan.lrmx"))))))
                .containsExactly(":interchange.error.archive.path");
    }

    @Test
    void bytesThatAreNoZipAreRefused() {
        assertThat(problems(() -> read(resource("li-mingyuan.lrmx"))))
                .containsExactly(":interchange.error.archive.empty");
    }

    @Test
    void entryNamesInGbkWithoutTheUtf8FlagAreRead() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, Charset.forName("GBK"))) {
            zip.putNextEntry(new ZipEntry("温江区/李明远.lrmx"));
            zip.write(resource("li-mingyuan.lrmx"));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        assertThat(read(bytes.toByteArray())).extracting(ArchiveEntry::name).containsExactly("温江区/李明远.lrmx");
    }
}
