package cn.zugong.core.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The channel's limits on a submission's fields (DOMAIN §4.5): the text's length, the real-name
 * fields, the candidate under publicity, the files' number, size and type told by their content.
 */
class SubmissionCheckTest {

    static final byte[] PDF = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
    static final byte[] HTML = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);

    private final ChannelLimits limits = new ChannelLimits(1000, 100, 5, 120, 3, 1024, 18, 30);
    private final SubmissionCheck check = new SubmissionCheck(limits);

    private static PublicReport report(
            String text, boolean realName, String name, String candidate, List<Upload> files) {
        return new PublicReport(
                "510115", "SEEKING_OFFICE", text, realName, name, "13800000000", candidate, files, "k", "c", "s");
    }

    private Optional<String> problem(PublicReport report) {
        return check.problem(report, Set.of("SEEKING_OFFICE", "OTHER"), Set.of("case-1"))
                .map(SubmitAnswer::refusal);
    }

    @Test
    void aReportWithinTheLimitsPasses() {
        assertThat(problem(report("反映问题", false, null, "", List.of(new Upload("a.pdf", PDF)))))
                .isEmpty();
        assertThat(problem(report("x".repeat(1000), true, "张三", "case-1", List.of())))
                .isEmpty();
    }

    @Test
    void theTextMustBeThereAndAtMostTheLimit() {
        assertThat(problem(report("  ", false, null, null, List.of()))).contains("intake.public.textMissing");
        assertThat(problem(report("x".repeat(1001), false, null, null, List.of())))
                .contains("intake.public.textTooLong");
    }

    @Test
    void aCategoryTheFormDoesNotOfferIsRefused() {
        PublicReport other =
                new PublicReport("510115", "DROP TABLE", "text", false, null, null, null, List.of(), "k", "c", "s");
        assertThat(check.problem(other, Set.of("OTHER"), Set.of()).map(SubmitAnswer::refusal))
                .contains("intake.public.category");
    }

    @Test
    void aRealNameReportNeedsANameAndAContact() {
        assertThat(problem(report("text", true, " ", null, List.of()))).contains("intake.public.realNameMissing");
        assertThat(problem(report("text", true, "x".repeat(101), null, List.of())))
                .contains("intake.public.nameTooLong");
    }

    @Test
    void onlyACandidateUnderPublicityNow() {
        assertThat(problem(report("text", false, null, "case-2", List.of()))).contains("intake.public.candidateGone");
    }

    @Test
    void filesAreCheckedByTheirContentNotTheirName() {
        assertThat(problem(report("t", false, null, null, List.of(new Upload("scan.pdf", HTML)))))
                .contains("intake.public.fileType");
        assertThat(problem(report("t", false, null, null, List.of(new Upload("x.png", PNG), new Upload("y", JPEG)))))
                .isEmpty();
        assertThat(problem(report("t", false, null, null, List.of(new Upload("big.pdf", new byte[1025])))))
                .contains("intake.public.fileTooLarge");
        assertThat(problem(report(
                        "t",
                        false,
                        null,
                        null,
                        List.of(
                                new Upload("1", PDF),
                                new Upload("2", PDF),
                                new Upload("3", PDF),
                                new Upload("4", PDF)))))
                .contains("intake.public.tooManyFiles");
    }

    @Test
    void theCheckedFilesCarryTheTypeTheirContentShowsAndANameWithoutFolders() {
        var files = SubmissionCheck.attachments(
                List.of(new Upload("C:\\docs\\..\\scan.jpg", JPEG), new Upload("a.bin", PNG)));
        assertThat(files.get(0).fileName()).isEqualTo("scan.jpg");
        assertThat(files.get(0).mediaType()).isEqualTo("image/jpeg");
        assertThat(files.get(1).mediaType()).isEqualTo("image/png");
        assertThat(AttachmentTypes.sniff(PDF)).contains("application/pdf");
        assertThat(AttachmentTypes.sniff(new byte[0])).isEmpty();
        assertThat(AttachmentTypes.displayName("../../etc/passwd")).isEqualTo("passwd");
    }
}
