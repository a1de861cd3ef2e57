package cn.zugong.ui.selection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.selection.domain.CaseStatus;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.ui.PortalUi;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The case header: the path of the case's kind, each step badged done, current or to come. */
@ExtendWith(PortalUi.class)
class CaseHeaderTest {

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        TenancyHolder.set(Tenancy.writing(new TenantId("510115")));
    }

    @AfterEach
    void tearDown() {
        TenancyHolder.clear();
    }

    private static Component byId(Component root, String id) {
        if (root.getId().orElse("").equals(id)) {
            return root;
        }
        return root.getChildren()
                .map(child -> byId(child, id))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static String theme(Component badge) {
        return badge.getElement().getAttribute("theme");
    }

    @Test
    void anAppointmentGoesThroughEveryStep() {
        CaseHeader header = new CaseHeader(new CaseFixture(SelectionStep.INSPECTION).context(true));

        assertThat(byId(header, "case-step").getElement().getText()).isEqualTo("考察");
        assertThat(theme(byId(header, "path-RECOMMENDATION"))).contains("success");
        assertThat(theme(byId(header, "path-INSPECTION"))).contains("primary");
        assertThat(theme(byId(header, "path-PROBATION"))).contains("contrast");
        assertThat(byId(header, "path-CANDIDATES").getElement().getText()).isEqualTo("确定考察对象");
    }

    @Test
    void aRetirementGoesFromInitiationToTheDecisionAndItsIssue() {
        CaseFixture fixture = new CaseFixture(SelectionStep.DECISION);
        fixture.selectionCase.setKind(SelectionKind.RETIRE);
        CaseHeader header = new CaseHeader(fixture.context(true));

        assertThat(byId(header, "case-path").getChildren().map(c -> c.getId().orElseThrow()))
                .containsExactly("path-INITIATION", "path-DECISION", "path-APPOINTMENT");
        assertThat(byId(header, "case-kind").getElement().getText()).isEqualTo("退休");
    }

    @Test
    void aWithdrawnCaseShowsWhy() {
        CaseFixture fixture = new CaseFixture(SelectionStep.RECOMMENDATION);
        fixture.selectionCase.setStatus(CaseStatus.WITHDRAWN);
        fixture.selectionCase.setStatusReason("职位调整");
        CaseHeader header = new CaseHeader(fixture.context(false));

        assertThat(byId(header, "case-status").getElement().getText()).isEqualTo("已撤回");
        assertThat(byId(header, "case-status-reason").getElement().getText()).isEqualTo("原因：职位调整");
    }
}
