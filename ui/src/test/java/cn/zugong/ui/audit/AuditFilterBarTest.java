package cn.zugong.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.audit.AuditQuery;
import cn.zugong.ui.PortalUi;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The filters an auditor fills in become the query the trail is read with. */
@ExtendWith(PortalUi.class)
class AuditFilterBarTest {

    @Test
    void emptyFiltersReadEveryPermittedTenant() {
        AuditFilterBar filters = new AuditFilterBar(List.of("510115", "510117"), code -> code, AuditView.ZONE, false);

        assertThat(filters.query(0, 50)).isEqualTo(AuditQuery.all(0, 50));
        assertThat(filters.tenant.isVisible()).isTrue();
    }

    @Test
    void daysAreWholeDaysInChinaStandardTimeWithTheLastDayIncluded() {
        AuditFilterBar filters = new AuditFilterBar(List.of("510115", "510117"), code -> code, AuditView.ZONE, false);
        filters.tenant.setValue("510117");
        filters.actor.setValue(" pidu ");
        filters.action.setValue("unit.");
        filters.from.setValue(LocalDate.of(2025, 3, 1));
        filters.to.setValue(LocalDate.of(2025, 3, 1));

        AuditQuery query = filters.query(0, 50);

        assertThat(query.tenant()).isEqualTo("510117");
        assertThat(query.actor()).isEqualTo("pidu");
        assertThat(query.action()).isEqualTo("unit.");
        assertThat(query.from()).isEqualTo(Instant.parse("2025-02-28T16:00:00Z"));
        assertThat(query.to()).isEqualTo(Instant.parse("2025-03-01T16:00:00Z"));
    }

    @Test
    void anActionIsChosenByItsWordsAndAFeaturesActionsTogether() {
        AuditFilterBar filters = new AuditFilterBar(List.of("510115"), code -> code, AuditView.ZONE, false);
        UI.getCurrent().add(filters);

        assertThat(filters.action.getItemLabelGenerator().apply("cadre.file.open"))
                .isEqualTo("查阅干部档案");
        assertThat(filters.action.getItemLabelGenerator().apply("cadre.")).isEqualTo("干部档案（全部操作）");
        filters.action.setValue("cadre.");
        assertThat(filters.query(0, 50).action()).isEqualTo("cadre.");
        filters.action.clear();
        assertThat(filters.query(0, 50).action()).isEmpty();
    }

    @Test
    void aCountyAuditorHasNoTenantChoice() {
        AuditFilterBar filters = new AuditFilterBar(List.of("510115"), code -> code, AuditView.ZONE, false);

        assertThat(filters.tenant.isVisible()).isFalse();
    }

    @Test
    void thePlatformAuditorAlsoChoosesThePlatformChainsActions() {
        AuditFilterBar county = new AuditFilterBar(List.of("510115"), code -> code, AuditView.ZONE, false);
        AuditFilterBar platform = new AuditFilterBar(List.of("platform", "510115"), code -> code, AuditView.ZONE, true);
        UI.getCurrent().add(platform);

        assertThat(county.action.getListDataView().getItems()).doesNotContain("vendorkey.add", "tenant.");
        assertThat(platform.action.getListDataView().getItems()).contains("vendorkey.add", "tenant.", "cadre.");
        assertThat(platform.action.getItemLabelGenerator().apply("vendorkey.add"))
                .isEqualTo("登记厂商证书");
    }
}
