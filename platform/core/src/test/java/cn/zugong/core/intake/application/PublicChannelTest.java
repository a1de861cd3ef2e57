package cn.zugong.core.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.intake.IntakeChoice;
import cn.zugong.api.intake.IntakeOutcome;
import cn.zugong.api.intake.IntakeSubmission;
import cn.zugong.api.intake.PublicIntake;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.intake.domain.Hmac;
import cn.zugong.core.intake.domain.ProofOfWork;
import cn.zugong.core.intake.domain.PublicCandidate;
import cn.zugong.core.intake.domain.PublicReport;
import cn.zugong.core.intake.domain.Receipt;
import cn.zugong.core.intake.domain.ReceiptStatus;
import cn.zugong.core.intake.domain.SubmitAnswer;
import cn.zugong.core.intake.infrastructure.IntakeKeys;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.domain.PluginIntake;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantDirectory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A submission through the channel's checks, with the platform's collaborators replaced by small
 * in-memory ones: the proof of work comes first and an unsolved one reaches nothing else; the same
 * submission key gets the same receipt and the plugin keeps it once; the sixth report of an address
 * in a day is refused; only counties that enabled the form take reports, in their own tenancy; a
 * report about a candidate under publicity becomes an objection; a receipt code reads the state
 * and outcome and nothing else.
 */
class PublicChannelTest {

    private static final String WENJIANG = "510115";
    private static final String PIDU = "510117";

    private final List<IntakeSubmission> kept = new ArrayList<>();
    private final List<String> tenancies = new ArrayList<>();
    private final Map<String, Receipt> byKey = new HashMap<>();
    private final Map<String, Receipt> byCode = new HashMap<>();
    private final List<String> objections = new ArrayList<>();
    private final UUID caseId = UUID.randomUUID();
    private PublicChannel channel;

    @BeforeEach
    void setUp() {
        // An easy proof of work keeps the test fast; the limits are read when the channel is made.
        System.setProperty("zugong.intake.pow-bits", "8");
        try {
            channel = new PublicChannel();
        } finally {
            System.clearProperty("zugong.intake.pow-bits");
        }
        channel.keys = new IntakeKeys() {
            private final Hmac hmac = new Hmac("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));

            @Override
            public Hmac hmac() {
                return hmac;
            }
        };
        channel.tenants = new TenantDirectory() {
            @Override
            public List<Tenant> all() {
                return List.of(
                        new Tenant(new TenantId(WENJIANG), null, "温江区", "Wenjiang"),
                        new Tenant(new TenantId(PIDU), null, "郫都区", "Pidu"));
            }
        };
        channel.enablement = new PluginEnablementService() {
            @Override
            public Map<String, Set<String>> enabledBy(Set<String> tenants) {
                return tenants.contains(WENJIANG) ? Map.of(WENJIANG, Set.of("supervision")) : Map.of();
            }
        };
        channel.host = new PluginHost() {
            @Override
            public List<PluginIntake> intakes(Set<String> enabled) {
                return enabled.contains("supervision")
                        ? List.of(new PluginIntake("supervision", new Form()))
                        : List.of();
            }
        };
        channel.candidates = new PublicCandidates() {
            @Override
            public List<PublicCandidate> underPublicity(String county, LocalDate today) {
                return county.equals(WENJIANG)
                        ? List.of(new PublicCandidate(caseId, UUID.randomUUID(), "张三", "甲局副局长", "乙局局长"))
                        : List.of();
            }
        };
        channel.objectionText = new ObjectionText() {
            @Override
            public String summary(String candidate) {
                return "objection about " + candidate;
            }
        };
        channel.desk = new IntakeDesk() {
            @Override
            public Optional<Receipt> byKey(String keyHash) {
                return Optional.ofNullable(byKey.get(keyHash));
            }

            @Override
            public Optional<Receipt> byCode(String codeHash) {
                return Optional.ofNullable(byCode.get(codeHash));
            }

            @Override
            public Receipt file(
                    PluginIntake form,
                    IntakeSubmission submission,
                    Optional<PublicCandidate> candidate,
                    String objection,
                    String codeHash,
                    String keyHash,
                    Instant now) {
                candidate.ifPresent(c -> objections.add(c.caseId() + ": " + objection));
                String reference = form.intake().receive(submission);
                Receipt receipt = new Receipt(
                        submission.county().code(),
                        form.pluginId(),
                        form.intake().kind(),
                        reference);
                byKey.put(keyHash, receipt);
                byCode.put(codeHash, receipt);
                return receipt;
            }
        };
    }

    /** The supervision plugin's form, as small as the SDK allows. */
    private final class Form implements PublicIntake {
        @Override
        public String kind() {
            return "supervision.report";
        }

        @Override
        public List<IntakeChoice> categories() {
            return List.of(new IntakeChoice("SEEKING_OFFICE", "k"));
        }

        @Override
        public String receive(IntakeSubmission submission) {
            tenancies.add(TenancyHolder.current().writableTenant().orElseThrow().code());
            kept.add(submission);
            return "report-" + kept.size();
        }

        @Override
        public Optional<IntakeOutcome> outcome(String reference) {
            assertThat(TenancyHolder.current().writableTenant()).isEmpty();
            return Optional.of(new IntakeOutcome("state." + reference, Optional.of("outcome.x")));
        }
    }

    private PublicReport report(String county, String key, String candidate) {
        String challenge = channel.challenge();
        return new PublicReport(
                county,
                "SEEKING_OFFICE",
                "反映问题",
                false,
                "ignored",
                "ignored",
                candidate,
                List.of(),
                key,
                challenge,
                ProofOfWork.solve(challenge));
    }

    private static String key(int i) {
        return String.format("%032x", i);
    }

    @Test
    void onlyCountiesThatEnabledTheFormAreListedAndTakeReports() {
        assertThat(channel.counties()).extracting(c -> c.code()).containsExactly(WENJIANG);
        SubmitAnswer pidu = channel.submit(report(PIDU, key(1), null), "10.0.0.1");
        assertThat(pidu.refusal()).isEqualTo("intake.public.county");
        SubmitAnswer wenjiang = channel.submit(report(WENJIANG, key(2), null), "10.0.0.1");
        assertThat(wenjiang.accepted()).isTrue();
        assertThat(tenancies).containsExactly(WENJIANG);
        assertThat(kept.getFirst().reporterName())
                .as("anonymous: the name typed is dropped")
                .isEmpty();
    }

    @Test
    void anUnsolvedChallengeIsRefusedBeforeAnythingIsReadOrKept() {
        String challenge = channel.challenge();
        PublicReport unsolved;
        String wrong = "0";
        while (channel.check(challenge, wrong) == cn.zugong.core.intake.domain.PowVerdict.SOLVED) {
            wrong = wrong + "1";
        }
        unsolved = new PublicReport(
                WENJIANG, "SEEKING_OFFICE", "t", false, null, null, null, List.of(), key(3), challenge, wrong);
        SubmitAnswer answer = channel.submit(unsolved, "10.0.0.2");
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.refusal()).isEqualTo("intake.public.pow.UNSOLVED");
        assertThat(kept).isEmpty();
    }

    @Test
    void theSameSubmissionSentAgainGetsTheSameReceiptAndIsKeptOnce() {
        PublicReport first = report(WENJIANG, key(4), null);
        SubmitAnswer kept1 = channel.submit(first, "10.0.0.3");
        SubmitAnswer again = channel.submit(report(WENJIANG, key(4), null), "10.0.0.3");
        assertThat(again.receipt()).isEqualTo(kept1.receipt());
        assertThat(again.repeated()).isTrue();
        assertThat(kept).hasSize(1);
        // The very same request again (its challenge spent) still answers the receipt.
        assertThat(channel.submit(first, "10.0.0.3").receipt()).isEqualTo(kept1.receipt());
    }

    @Test
    void aSpentChallengeDoesNotLetASecondReportIn() {
        PublicReport first = report(WENJIANG, key(5), null);
        assertThat(channel.submit(first, "10.0.0.4").accepted()).isTrue();
        PublicReport reused = new PublicReport(
                WENJIANG,
                "SEEKING_OFFICE",
                "other",
                false,
                null,
                null,
                null,
                List.of(),
                key(6),
                first.challenge(),
                first.solution());
        assertThat(channel.submit(reused, "10.0.0.4").refusal()).isEqualTo("intake.public.pow.USED");
        assertThat(kept).hasSize(1);
    }

    @Test
    void theSixthReportOfAnAddressInADayIsRefusedWithTheLimitNamed() {
        for (int i = 0; i < 5; i++) {
            assertThat(channel.submit(report(WENJIANG, key(100 + i), null), "10.0.0.5")
                            .accepted())
                    .isTrue();
        }
        SubmitAnswer sixth = channel.submit(report(WENJIANG, key(200), null), "10.0.0.5");
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.refusal()).isEqualTo("intake.public.daily");
        assertThat(sixth.args()).containsExactly(5);
        assertThat(channel.submit(report(WENJIANG, key(201), null), "10.0.0.6").accepted())
                .as("another address")
                .isTrue();
        assertThat(kept).hasSize(6);
    }

    @Test
    void aReportAboutACandidateUnderPublicityBecomesAnObjectionOnTheCase() {
        assertThat(channel.candidates(WENJIANG))
                .extracting(PublicCandidate::name)
                .containsExactly("张三");
        assertThat(channel.submit(report(WENJIANG, key(7), caseId.toString()), "10.0.0.7")
                        .accepted())
                .isTrue();
        assertThat(objections).containsExactly(caseId + ": objection about 张三");
        SubmitAnswer gone =
                channel.submit(report(WENJIANG, key(8), UUID.randomUUID().toString()), "10.0.0.7");
        assertThat(gone.refusal()).isEqualTo("intake.public.candidateGone");
    }

    @Test
    void aReceiptCodeReadsTheStateAndOutcomeOnly() {
        String code = channel.submit(report(WENJIANG, key(9), null), "10.0.0.8")
                .receipt()
                .orElseThrow();
        Optional<ReceiptStatus> status = TenancyHolder.callAs(Tenancy.NONE, () -> channel.status(code.toLowerCase()));
        assertThat(status).contains(new ReceiptStatus("state.report-1", Optional.of("outcome.x")));
        assertThat(Arrays.stream(ReceiptStatus.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("statusKey", "outcomeKey");
        assertThat(channel.status("0000-0000-0000-0000")).isEmpty();
        assertThat(channel.status("not a code")).isEmpty();
    }
}
