package cn.zugong.ui.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.ballot.application.PaperState;
import cn.zugong.core.ballot.application.SessionRequest;
import cn.zugong.core.ballot.domain.BallotKind;
import cn.zugong.core.ballot.domain.BallotNominee;
import cn.zugong.core.ballot.domain.BallotResult;
import cn.zugong.core.ballot.domain.BallotSession;
import cn.zugong.core.ballot.domain.NomineeResult;
import cn.zugong.core.ballot.domain.PaperCounts;
import cn.zugong.core.ballot.domain.PaperEntry;
import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.CaseStatus;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The officer's ballot page without a browser: a new session's problems on their fields, the paper
 * entries' differences by name, the result with its participation, and applying it once.
 */
class BallotPanelsTest {

    private final List<Object> calls = new ArrayList<>();
    private final SelectionCase selectionCase = new SelectionCase();
    private final List<SelectionCandidate> candidates = new ArrayList<>();
    private final Map<UUID, String> names = new java.util.HashMap<>();
    private int changes;

    @BeforeAll
    static void useThePortalsTranslations() {
        System.setProperty("vaadin.i18n.provider", "cn.zugong.ui.i18n.PortalI18NProvider");
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes().autoDiscoverViews("cn.zugong.ui"));
        selectionCase.setCaseNo("2026-007");
        selectionCase.setKind(SelectionKind.APPOINT);
        selectionCase.setTitle("区发展改革局副局长");
        selectionCase.setStep(SelectionStep.RECOMMENDATION);
        selectionCase.setStatus(CaseStatus.OPEN);
        for (String name : List.of("王明", "李华")) {
            SelectionCandidate k = new SelectionCandidate(selectionCase.getId());
            k.setCadreId(UUID.randomUUID());
            candidates.add(k);
            names.put(k.getCadreId(), name);
        }
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private CaseFile file() {
        return new CaseFile(selectionCase, candidates, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static BallotSession session(BallotKind kind) {
        Instant now = Instant.now();
        return new BallotSession(
                kind, "副局长民主推荐", UUID.randomUUID(), null, 30, 1, now, now.plus(1, ChronoUnit.HOURS), "o");
    }

    private BallotCalls calls(BallotResult result, PaperState paper) {
        return new BallotCalls(selectionCase.getId(), null) {
            @Override
            BallotSession open(SessionRequest request) {
                calls.add(request);
                if (request.expected() < 1) {
                    throw new ValidationException(List.of(
                            new Problem("expected", "ballot.expected.range", List.of(2000)),
                            new Problem("window", "ballot.window.order")));
                }
                return session(request.kind());
            }

            @Override
            BallotResult result(UUID sessionId) {
                if (result == null) {
                    throw new ValidationException(List.of(new Problem("paper", "ballot.paper.unconfirmed")));
                }
                return result;
            }

            @Override
            void apply(UUID sessionId) {
                calls.add("apply");
            }

            @Override
            PaperState paper(UUID sessionId) {
                return paper;
            }

            @Override
            List<BallotNominee> nominees(UUID sessionId) {
                return List.of(
                        new BallotNominee(sessionId, 0, null, "王明"), new BallotNominee(sessionId, 1, null, "李华"));
            }
        };
    }

    @Test
    void aNewSessionNamesEveryCandidateAndShowsItsProblemsOnTheFields() {
        NewSessionForm form = new NewSessionForm(file(), names, calls(null, none()), () -> changes++);
        UI.getCurrent().add(form);
        assertThat(form.title.getValue()).isEqualTo("区发展改革局副局长 民主推荐");
        assertThat(form.candidates.getSelectedItems()).hasSize(2);

        click(form, "ballot-create");
        assertThat(form.expected.isInvalid()).isTrue();
        assertThat(form.expected.getErrorMessage()).isEqualTo("应参加人数须在 1 至 2000 之间。");
        assertThat(form.closes.getErrorMessage()).isEqualTo("结束时间须晚于开始时间。");
        assertThat(changes).isZero();

        form.expected.setValue(30);
        form.maxMarks.setValue(2);
        click(form, "ballot-create");
        SessionRequest sent = (SessionRequest) calls.getLast();
        assertThat(sent.expected()).isEqualTo(30);
        assertThat(sent.maxMarks()).isEqualTo(2);
        assertThat(sent.candidates()).containsExactlyInAnyOrderElementsOf(names.keySet());
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void twoPaperEntriesThatDifferAreShownWithTheirClerksAndTheNamesTheyDisagreeOn() {
        BallotSession s = session(BallotKind.RECOMMENDATION);
        PaperEntry first = new PaperEntry(s.getId(), 1, "clerk-a", PaperCounts.of(25, 1, 2, Map.of("0", 20, "1", 12)));
        PaperEntry second = new PaperEntry(s.getId(), 2, "clerk-b", PaperCounts.of(25, 1, 2, Map.of("0", 20, "1", 13)));
        PaperState state = new PaperState(Optional.of(first), Optional.of(second), List.of("1"));
        PaperForm form = new PaperForm(0, s, calls(null, state), () -> changes++);
        UI.getCurrent().add(form);
        assertThat(text(form, "paper-status-0")).isEqualTo("clerk-a 与 clerk-b 的录入不一致：李华 (12 / 13)。请核对纸质选票后更正。");
    }

    @Test
    void theResultShowsParticipationAndIsAppliedToTheCaseOnce() {
        BallotSession s = session(BallotKind.RECOMMENDATION);
        BallotResult result = new BallotResult(
                BallotKind.RECOMMENDATION,
                30,
                24,
                22,
                1,
                1,
                true,
                List.of(
                        new NomineeResult(0, null, "王明", 16, 16 / 24.0, Map.of()),
                        new NomineeResult(1, null, "李华", 6, 0.25, Map.of())));
        ResultPanel panel = new ResultPanel(0, s, calls(result, none()), () -> changes++);
        UI.getCurrent().add(panel);
        assertThat(text(panel, "ballot-participation-0"))
                .isEqualTo("实际参加 24 人（应参加 30 人），达到规定的参加比例。有效票 22 张，无效票 1 张，空白票 1 张。");
        click(panel, "ballot-apply-0");
        assertThat(calls).containsExactly("apply");
        assertThat(changes).isEqualTo(1);

        s.markApplied();
        ResultPanel applied = new ResultPanel(0, s, calls(result, none()), () -> changes++);
        assertThat(find(applied, "ballot-apply-0")).isEmpty();
        assertThat(find(applied, "ballot-applied-0")).isPresent();
    }

    @Test
    void whilePaperEntriesDisagreeThereIsNoResult() {
        ResultPanel panel = new ResultPanel(0, session(BallotKind.EVALUATION), calls(null, none()), () -> changes++);
        assertThat(text(panel, "ballot-result-waiting-0")).isEqualTo("纸质选票的两次录入尚不一致，暂不能统计结果。");
        assertThat(NotificationsKt.getNotifications()).isEmpty();
    }

    private static PaperState none() {
        return new PaperState(Optional.empty(), Optional.empty(), List.of());
    }

    private static Stream<Component> all(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(BallotPanelsTest::all));
    }

    private static Optional<Component> find(Component root, String id) {
        return all(root).filter(c -> id.equals(c.getId().orElse(null))).findFirst();
    }

    private static String text(Component root, String id) {
        return ((Paragraph) find(root, id).orElseThrow()).getText();
    }

    private static void click(Component root, String id) {
        ((Button) find(root, id).orElseThrow()).click();
    }
}
