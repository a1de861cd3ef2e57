package cn.zugong.plugin.supervision.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.fact.CadreFact;
import cn.zugong.plugin.supervision.Refused;
import cn.zugong.plugin.supervision.data.MattersEntity;
import cn.zugong.plugin.supervision.matters.Finding;
import cn.zugong.plugin.supervision.matters.FocusReason;
import cn.zugong.plugin.supervision.matters.Handling;
import cn.zugong.plugin.supervision.matters.MattersStatus;
import cn.zugong.plugin.supervision.matters.RandomDraw;
import cn.zugong.plugin.supervision.testing.SupervisionContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.RecordedAudit;
import cn.zugong.testkit.context.TestTenancy;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Personal matters (DOMAIN §4.4, §4.10, §3.1) on the testkit's platform. */
class MattersServiceTest {

    private static final int YEAR = 2024;

    private InMemoryPluginContext context;
    private MattersService matters;
    private MattersChecks checks;
    private DrawService draws;

    @BeforeEach
    void setUp() {
        context = SupervisionContext.create();
        matters = new MattersService(context);
        checks = new MattersChecks(context);
        draws = new DrawService(context);
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    private CadreRef cadre(String name, String level) {
        return SupervisionContext.cadre(context, SupervisionContext.WENJIANG, name, level);
    }

    private MattersEntity submitted(CadreRef cadre) {
        matters.openYear(YEAR);
        MattersEntity report = matters.ofCadre(cadre.id()).getFirst().report();
        return matters.submit(report.id(), List.of("MARRIAGE", "REAL_ESTATE")).report();
    }

    @Test
    void theYearIsOpenedForTheCadresInScopeOnceEach() {
        cadre("县级副职", "COUNTY_DEPUTY");
        cadre("乡镇正职", "TOWNSHIP_PRINCIPAL"); // Sichuan's layer: 乡科级 report too [P]
        cadre("科员", "STAFF");
        assertThat(matters.openYear(YEAR)).isEqualTo(2);
        assertThat(matters.openYear(YEAR)).isZero();
        assertThat(matters.ofYear(YEAR)).extracting(m -> m.report().status()).containsOnly(MattersStatus.DUE);
    }

    @Test
    void anItemOutsideTheConfiguredListIsRefused() {
        CadreRef li = cadre("李明", "COUNTY_DEPUTY");
        matters.openYear(YEAR);
        UUID id = matters.ofCadre(li.id()).getFirst().report().id();
        assertThatThrownBy(() -> matters.submit(id, List.of("MARRIAGE", "PETS")))
                .isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).problems().getFirst().args())
                .isEqualTo(List.of("PETS"));
        assertThat(matters.ofCadre(li.id()).getFirst().report().status()).isEqualTo(MattersStatus.DUE);
    }

    @Test
    void theRandomDrawTakesTenPercentIsRecordedWithItsSeedAndCanBeDrawnAgain() {
        List<CadreRef> cadres = IntStream.range(0, 25)
                .mapToObj(i -> cadre("干部" + i, "COUNTY_DEPUTY"))
                .toList();
        matters.openYear(YEAR);
        cadres.forEach(
                c -> matters.submit(matters.ofCadre(c.id()).getFirst().report().id(), List.of()));
        RandomDraw draw = draws.draw(YEAR, OptionalLong.of(77L));
        assertThat(draw.drawn()).hasSize(3);
        assertThat(matters.ofYear(YEAR))
                .filteredOn(m -> m.report().status() == MattersStatus.SELECTED_RANDOM)
                .extracting(m -> m.report().id())
                .containsExactlyInAnyOrderElementsOf(draw.drawn());
        assertThat(matters.ofYear(YEAR))
                .filteredOn(m -> m.report().status() == MattersStatus.NOT_SELECTED)
                .hasSize(22);
        DrawService.Replay replay = draws.replay(YEAR).orElseThrow();
        assertThat(replay.matches()).isTrue();
        assertThat(replay.seed()).isEqualTo(77L);
        RecordedAudit.Entry audited = context.audited().stream()
                .filter(e -> e.action().equals("matters.draw"))
                .findFirst()
                .orElseThrow();
        Map<String, Object> after = Map.copyOf(audited.after());
        assertThat(after)
                .containsEntry("seed", "77")
                .containsEntry("rate", "0.10")
                .containsEntry("population", 25);
        assertThatThrownBy(() -> draws.draw(YEAR, OptionalLong.of(1L))).isInstanceOf(Refused.class);
    }

    @Test
    void aDrawWithoutASeedGivenUsesAFreshOneThatIsRecorded() {
        CadreRef li = cadre("李明", "COUNTY_DEPUTY");
        submitted(li);
        RandomDraw draw = draws.draw(YEAR);
        assertThat(draws.replay(YEAR).orElseThrow().seed()).isEqualTo(draw.seed());
        assertThat(draw.drawn())
                .containsExactly(matters.ofCadre(li.id()).getFirst().report().id());
    }

    @Test
    void aConcealmentFindingEntersTheIntegrityFileBarsPromotionAndIsAFactForOtherPlugins() {
        CadreRef li = cadre("李明", "COUNTY_DEPUTY");
        MattersEntity report = submitted(li);
        checks.focus(li.id(), FocusReason.PROMOTION);
        checks.verify(report.id());
        checks.discrepancy(report.id(), Finding.CONCEALMENT);
        assertThat(checks.integrity(li.id())).extracting(i -> i.finding()).containsExactly(Finding.CONCEALMENT);
        assertThat(context.cadreFacts().holds(SupervisionContext.WENJIANG, li.id(), CadreFact.CONCEALMENT))
                .isFalse();
        MattersEntity decided = checks.decide(report.id(), null);
        assertThat(decided.handling()).contains(Handling.NO_PROMOTION_NO_RESERVE);
        assertThat(context.cadreFacts().of(SupervisionContext.WENJIANG, li.id()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.key()).isEqualTo(CadreFact.CONCEALMENT);
                    assertThat(f.pluginId()).isEqualTo("supervision");
                    assertThat(f.since()).isEqualTo(SupervisionContext.TODAY);
                    assertThat(f.reasonArgs()).containsExactly(String.valueOf(YEAR));
                });
        checks.lift(report.id(), "经复查，系理解偏差");
        assertThat(context.cadreFacts().holds(SupervisionContext.WENJIANG, li.id(), CadreFact.CONCEALMENT))
                .isFalse();
    }

    @Test
    void anotherCountyCannotAskForTheFactAndItsOwnCadresHaveNone() {
        CadreRef li = cadre("李明", "COUNTY_DEPUTY");
        MattersEntity report = submitted(li);
        checks.focus(li.id(), FocusReason.RESERVE);
        checks.verify(report.id());
        checks.discrepancy(report.id(), Finding.CONCEALMENT);
        checks.decide(report.id(), null);
        context.actAs(TestTenancy.writing(SupervisionContext.PIDU));
        assertThatThrownBy(() -> context.cadreFacts().of(SupervisionContext.WENJIANG, li.id()))
                .isInstanceOf(SecurityException.class);
        assertThat(context.cadreFacts().of(SupervisionContext.PIDU, li.id())).isEmpty();
    }

    @Test
    void anUntrueReportIsDecidedOnlyAfterTheCadreWasAskedAndExplained() {
        CadreRef li = cadre("李明", "COUNTY_DEPUTY");
        MattersEntity report = submitted(li);
        checks.focus(li.id(), FocusReason.REPORTED);
        checks.verify(report.id());
        checks.discrepancy(report.id(), Finding.UNTRUE);
        assertThatThrownBy(() -> checks.decide(report.id(), "忘记了"))
                .isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).problems().getFirst().key())
                .isEqualTo("supervision.matters.explanationFirst");
        checks.requestExplanation(report.id());
        assertThatThrownBy(() -> checks.decide(report.id(), " ")).isInstanceOf(Refused.class);
        MattersEntity decided = checks.decide(report.id(), "房产登记在配偶名下，本人未掌握");
        assertThat(decided.handling()).contains(Handling.AFFECTS_USE);
        assertThat(decided.barsPromotion()).isFalse();
    }

    @Test
    void aFocusedCheckNeedsASubmittedReportAndADrawnOneIsNotFocusedAgain() {
        CadreRef li = cadre("李明", "COUNTY_DEPUTY");
        assertThatThrownBy(() -> checks.focus(li.id(), FocusReason.PROMOTION)).isInstanceOf(Refused.class);
        submitted(li);
        draws.draw(YEAR, OptionalLong.of(5L)); // one report: drawn at random
        assertThatThrownBy(() -> checks.focus(li.id(), FocusReason.PROMOTION)).isInstanceOf(Refused.class);
        assertThat(Set.of(matters.ofCadre(li.id()).getFirst().report().status()))
                .containsExactly(MattersStatus.SELECTED_RANDOM);
    }

    @Test
    void aViewerWithoutTheManagePermissionReadsButChangesNothing() {
        CadreRef li = cadre("李明", "COUNTY_DEPUTY");
        matters.openYear(YEAR);
        context.holdOnly("supervision.view");
        assertThat(matters.ofYear(YEAR)).hasSize(1);
        assertThatThrownBy(() -> matters.openYear(YEAR + 1)).isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> checks.focus(li.id(), FocusReason.PROMOTION)).isInstanceOf(SecurityException.class);
    }

    @Test
    void everyReadOfAReportOfAListAndOfTheIntegrityFileIsAuditedWithoutTheItemsDeclared() {
        CadreRef li = cadre("李明", "COUNTY_DEPUTY");
        MattersEntity report = submitted(li);
        int before = context.audited().size();
        matters.read(report.id());
        matters.ofYear(YEAR);
        checks.integrity(li.id());
        List<RecordedAudit.Entry> reads =
                context.audited().subList(before, context.audited().size());
        assertThat(reads)
                .extracting(RecordedAudit.Entry::action)
                .containsExactly("matters.read", "matters.list", "matters.integrity");
        assertThat(reads.getFirst().subjectId()).isEqualTo(report.id().toString());
        assertThat(reads.get(1).after().get("ids"))
                .isEqualTo(List.of(report.id().toString()));
        assertThat(reads).allSatisfy(e -> assertThat(e.label() + e.after()).doesNotContain("MARRIAGE", "REAL_ESTATE"));
    }

    @Test
    void anotherCountyOpensNoneOfTheReportsAndLeavesNoReadOfThem() {
        MattersEntity report = submitted(cadre("李明", "COUNTY_DEPUTY"));
        context.actAs(TestTenancy.writing(SupervisionContext.PIDU));
        int before = context.audited().size();
        assertThat(matters.read(report.id())).isEmpty();
        assertThat(matters.ofYear(YEAR)).isEmpty();
        assertThat(context.audited()).hasSize(before);
    }
}
