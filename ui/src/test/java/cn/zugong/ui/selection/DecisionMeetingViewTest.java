package cn.zugong.ui.selection;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.selection.SelectionStep;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.post.UnitQuota;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.selection.domain.AgendaItem;
import cn.zugong.core.selection.domain.CandidateProfile;
import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.MeetingBody;
import cn.zugong.core.selection.domain.MeetingOutcome;
import cn.zugong.core.selection.domain.MeetingRecord;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.eligibility.EligibilityFinding;
import cn.zugong.core.selection.eligibility.EligibilityRule;
import cn.zugong.core.selection.eligibility.Outcome;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.ui.PortalUi;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The decision meeting mode without a browser: nine members with attendance, a member related to
 * the candidate prompted to withdraw, the count by the core's rules as opinions come in, the
 * meeting recorded with its withdrawal, and the items paged with the keyboard.
 */
@ExtendWith(PortalUi.class)
class DecisionMeetingViewTest {

    private static final String WENJIANG = "510115";
    private final CaseFixture first = new CaseFixture(SelectionStep.DECISION);
    private final CaseFixture second = new CaseFixture(SelectionStep.DECISION);
    private final List<MeetingRecord> recorded = new ArrayList<>();
    private UUID wang;

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        TenancyHolder.set(Tenancy.writing(new TenantId(WENJIANG)));
        CurrentUserHolder.set(new CurrentUser("officer", "Officer", Set.of(CurrentUser.OFFICER), Set.of()));
        wang = first.candidate("王明", true);
        first.selectionCase.setInitiator("区委书记");
        second.selectionCase.setCaseNo("2026-002");
        second.selectionCase.setTitle("区教育局副局长");
        second.candidate("李红", true);
    }

    @AfterEach
    void tearDown() {
        TenancyHolder.clear();
        CurrentUserHolder.clear();
    }

    private AgendaItem item(CaseFixture f) {
        CaseFile file = new CaseFile(f.selectionCase, f.candidates, List.of(), List.of(), List.of(), f.gates);
        UUID cadre = f.candidates.getFirst().getCadreId();
        CandidateProfile profile = new CandidateProfile(
                cadre,
                f.names.get(cadre),
                41,
                EducationLevel.UNIVERSITY,
                EducationLevel.POSTGRADUATE,
                "区发展和改革局科长",
                LocalDate.of(2021, 3, 1),
                5,
                List.of(),
                20,
                31,
                40,
                new CandidateProfile.Form(LocalDate.of(1985, 5, 1), "MALE", "汉族", "四川成都", "2008.06", "2007.07", null));
        UnitQuota quota = new UnitQuota(UUID.randomUUID(), WENJIANG, "区发展和改革局", null, null, 1, 1, 3, 2);
        return new AgendaItem(
                file,
                "区发展和改革局副局长",
                f.names,
                List.of(cadre),
                List.of(profile),
                Optional.of(quota),
                Optional.of(quota.withDeputyOccupied(3)));
    }

    private DecisionMeetingView view() {
        Map<UUID, CaseFixture> cases = Map.of(first.selectionCase.getId(), first, second.selectionCase.getId(), second);
        MeetingCalls calls = new MeetingCalls() {
            @Override
            public List<SelectionCase> agenda() {
                return List.of(first.selectionCase, second.selectionCase);
            }

            @Override
            public AgendaItem item(UUID caseId) {
                return DecisionMeetingViewTest.this.item(cases.get(caseId));
            }

            @Override
            public Map<UUID, List<EligibilityFinding>> conflicts(UUID caseId, Collection<String> members) {
                Map<UUID, List<EligibilityFinding>> found = new HashMap<>();
                if (caseId.equals(first.selectionCase.getId()) && members.contains("委员九")) {
                    found.put(
                            wang,
                            List.of(new EligibilityFinding(
                                    EligibilityRule.AVOIDANCE_MEETING,
                                    Outcome.FAIL,
                                    EligibilityRule.AVOIDANCE_MEETING.messageKey("relative"),
                                    List.of("委员九", "王明", "配偶"))));
                }
                return found;
            }

            @Override
            public MeetingOutcome record(UUID caseId, MeetingRecord meeting) {
                recorded.add(meeting);
                return new MeetingOutcome(MeetingOutcome.Result.ADOPTED, Optional.of(wang), Map.of());
            }

            @Override
            public Map<String, String> gateNameKeys() {
                return Map.of("core.four-checks", "selection.gate.checks.name");
            }

            @Override
            public Optional<byte[]> approvalForm(UUID cadreId, LocalDate on) {
                return Optional.empty();
            }

            @Override
            public byte[] minutesPdf(
                    MeetingBody body, LocalDate heldOn, List<String> present, List<String> absent, List<UUID> ids) {
                return new byte[0];
            }
        };
        DecisionMeetingView view = new DecisionMeetingView(calls);
        UI.getCurrent().add(view);
        view.beforeEnter(null);
        return view;
    }

    private static <T extends Component> T byId(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    private static void addMembers(int n) {
        for (int i = 1; i <= n; i++) {
            byId(TextField.class, "meeting-member").setValue(i == 9 ? "委员九" : "委员" + i);
            byId(Button.class, "meeting-member-add").click();
        }
    }

    @Test
    void theItemShowsTheCandidateTheRecommendationShareAndThePostsBeforeAndAfter() {
        view();

        assertThat(byId(com.vaadin.flow.component.html.H2.class, "item-title").getText())
                .contains("1/2", "2026-001");
        assertThat(byId(Span.class, "compare-name-0").getText()).isEqualTo("王明");
        assertThat(byId(Span.class, "compare-recommendation-0").getText()).contains("31", "77%");
        assertThat(byId(Span.class, "compare-fullTime-0").getText()).isEqualTo("大学本科");
        assertThat(byId(Span.class, "item-quota").getText()).contains("副职核定 3 名、现配 2 名、任用后 3 名");
        assertThat(byId(Span.class, "item-initiator").getText()).isEqualTo("区委书记");
        assertThat(byId(Anchor.class, "compare-form-0").getText()).isEqualTo("任免审批表（PDF）");
    }

    @Test
    void nineMembersOneAbsentOneRelatedWithdrawsAndTheCountFollowsTheRules() {
        view();
        addMembers(9);

        assertThat(byId(Span.class, "member-8-avoid").getText()).contains("委员九", "王明", "配偶", "回避");
        byId(Checkbox.class, "member-7-present").setValue(false);
        assertThat(byId(Span.class, "meeting-quorum-state").getText()).contains("应到会 9 人", "实到会 8 人", "法定人数 6 人");
        assertThat(byId(Span.class, "tally-0").getText()).contains("回避 1", "未表态 7", "须 5 票同意");

        byId(Button.class, "meeting-all-agree").click();
        assertThat(byId(Span.class, "tally-0").getText()).contains("同意 7", "未表态 0");
        assertThat(byId(Span.class, "meeting-outcome-preview").getText()).contains("通过");

        byId(Button.class, "meeting-record").click();
        MeetingRecord meeting = recorded.getFirst();
        assertThat(meeting.membersTotal()).isEqualTo(9);
        assertThat(meeting.membersPresent()).isEqualTo(8);
        assertThat(meeting.votes()).hasSize(7).allMatch(v -> v.cadreId().equals(wang));
        assertThat(meeting.votes()).extracting(MeetingRecord.Vote::member).doesNotContain("委员8", "委员九");
        assertThat(meeting.withdrawals()).containsExactly(new MeetingRecord.Withdrawal(wang, "委员九", "配偶"));
    }

    @Test
    void belowTwoThirdsPresentTheCountSaysNoDecisionIsPossible() {
        view();
        addMembers(9);
        for (int i = 0; i < 4; i++) {
            byId(Checkbox.class, "member-" + i + "-present").setValue(false);
        }

        assertThat(byId(Span.class, "meeting-quorum-state").getText()).contains("实到会 5 人", "不足法定人数 6 人");
    }

    @Test
    void pageDownAndPageUpMoveBetweenTheItemsAndStopAtTheEnds() {
        DecisionMeetingView view = view();

        ShortcutsKt.fireShortcut(Key.PAGE_DOWN);
        assertThat(view.current).isEqualTo(1);
        assertThat(byId(com.vaadin.flow.component.html.H2.class, "item-title").getText())
                .contains("2/2", "2026-002");
        ShortcutsKt.fireShortcut(Key.PAGE_DOWN);
        assertThat(view.current).isEqualTo(1);
        ShortcutsKt.fireShortcut(Key.PAGE_UP);
        assertThat(view.current).isZero();
    }

    @Test
    void theMeetingReadsInEnglishForAnEnglishUser() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        view();
        addMembers(9);

        assertThat(byId(com.vaadin.flow.component.html.H2.class, "item-title").getText())
                .startsWith("Item 1/2");
        assertThat(byId(Span.class, "member-8-avoid").getText()).startsWith("Must withdraw");
        assertThat(byId(Span.class, "tally-0").getText()).contains("withdrew 1", "5 consents adopt");
    }

    @Test
    void aSupervisorIsToldTheModeIsForTheCountysOfficers() {
        TenancyHolder.set(Tenancy.reading(Set.of(new TenantId(WENJIANG))));
        view();

        assertThat(byId(Paragraph.class, "meeting-writers-only").getText()).contains("组工干部");
    }
}
