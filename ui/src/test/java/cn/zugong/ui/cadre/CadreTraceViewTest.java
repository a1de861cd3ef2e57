package cn.zugong.ui.cadre;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.cadre.domain.CadreNotFoundException;
import cn.zugong.core.selection.domain.CaseStatus;
import cn.zugong.core.selection.record.CadreTrace;
import cn.zugong.core.selection.record.TraceCase;
import cn.zugong.core.selection.record.TraceLine;
import cn.zugong.ui.PortalUi;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The trace page without a browser: each case with its proposer and the cadre's part, each step
 * with who took it and its chain link, the page in the user's language, and "not found" for a
 * cadre the user does not read.
 */
class CadreTraceViewTest {

    @RegisterExtension
    final PortalUi ui = PortalUi.serving(new Routes().autoDiscoverViews("cn.zugong.ui.cadre"), Map.of());

    private final UUID zhang = UUID.randomUUID();
    private final List<Locale> asked = new ArrayList<>();
    private boolean readable = true;

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    private CadreTraceView view() {
        TraceCalls calls = new TraceCalls() {
            @Override
            public CadreTrace trace(UUID cadreId, Locale locale, ResourceBundle portalTexts) {
                if (!readable) {
                    throw new CadreNotFoundException();
                }
                asked.add(locale);
                TraceLine open = new TraceLine(
                        "510115",
                        41,
                        "a1b2c3d4e5f6a7b8",
                        Instant.parse("2026-03-01T02:00:00Z"),
                        "王建国",
                        "立案（动议）",
                        "类别：任职");
                TraceLine vote = new TraceLine(
                        "510115",
                        57,
                        "ffeeddccbbaa9988",
                        Instant.parse("2026-04-08T02:00:00Z"),
                        "王建国",
                        "讨论决定会议",
                        "表决情况：赵书记对张三同意；回避：孙常委回避张三");
                TraceCase c = new TraceCase(
                        UUID.randomUUID(),
                        "510115",
                        "2026-004",
                        "教育局副局长人选",
                        SelectionKind.APPOINT,
                        SelectionStep.PUBLICITY,
                        CaseStatus.OPEN,
                        "区教育局副局长",
                        TraceCase.Role.CHOSEN,
                        "区委书记",
                        "王建国",
                        List.of(open, vote));
                return new CadreTrace(cadreId, "张三", "510115", List.of(c));
            }

            @Override
            public byte[] pdf(UUID cadreId, ResourceBundle portalTexts) {
                return new byte[0];
            }
        };
        CadreTraceView view = new CadreTraceView(calls);
        UI.getCurrent().add(view);
        view.open(Optional.of(zhang));
        return view;
    }

    @Test
    void eachCaseNamesTheProposerAndEachStepWhoTookItWithItsChainLink() {
        view();

        assertThat(_get(H2.class, spec -> spec.withId("trace-title")).getText()).isEqualTo("选拔任用倒查：张三");
        assertThat(_get(Span.class, spec -> spec.withId("trace-case-0-facts")).getText())
                .contains("任职", "通过人选", "区教育局副局长", "动议提出：区委书记", "立案人：王建国");
        @SuppressWarnings("unchecked")
        Grid<TraceLine> lines = _get(Grid.class, spec -> spec.withId("trace-lines-0"));
        assertThat(_size(lines)).isEqualTo(2);
        assertThat(_getFormattedRow(lines, 1))
                .containsExactly("57", "2026-04-08 10:00", "王建国", "讨论决定会议", "表决情况：赵书记对张三同意；回避：孙常委回避张三", "ffeeddccbbaa");
        assertThat(asked).containsExactly(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void anEnglishReaderGetsTheTraceInEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        view();

        assertThat(asked).containsExactly(Locale.ENGLISH);
        assertThat(_get(Span.class, spec -> spec.withId("trace-case-0-facts")).getText())
                .contains("adopted candidate");
    }

    @Test
    void aCadreTheUserDoesNotReadIsNotFound() {
        readable = false;
        view();

        assertThat(_get(Paragraph.class, spec -> spec.withId("cadre-not-found")).getText())
                .isNotBlank();
    }
}
