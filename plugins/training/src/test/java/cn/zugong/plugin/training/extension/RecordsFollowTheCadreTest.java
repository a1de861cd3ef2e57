package cn.zugong.plugin.training.extension;

import static cn.zugong.plugin.training.testing.Fixtures.COUNTY;
import static cn.zugong.plugin.training.testing.Fixtures.TODAY;
import static cn.zugong.plugin.training.testing.Fixtures.course;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.api.transfer.CadreTransfer;
import cn.zugong.plugin.training.course.CourseMode;
import cn.zugong.plugin.training.data.RecordEntry;
import cn.zugong.plugin.training.data.RecordRepository;
import cn.zugong.plugin.training.data.RecordSource;
import cn.zugong.plugin.training.testing.Fixtures;
import cn.zugong.plugin.training.testing.Steps;
import cn.zugong.plugin.training.testing.TrainingContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.TestTenancy;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A cadre's credited hours follow the cadre in a cross-county transfer; the sending county keeps its own. */
class RecordsFollowTheCadreTest {

    private static final TenantId PROVINCE = new TenantId("510000");
    private static final TenantId PIDU = new TenantId("510117");
    private static final String ID_NUMBER = "51011519800101001X";

    private final InMemoryPluginContext platform = TrainingContext.create(COUNTY, TODAY);

    @AfterEach
    void close() {
        platform.close();
    }

    private List<RecordEntry> records(TenantId county, UUID cadreId) {
        platform.actAs(TestTenancy.writing(county));
        return platform.persistence().inTransaction(em -> new RecordRepository(em, county).ofCadre(cadreId));
    }

    @Test
    void theHoursCreditedInWenjiangAreThenPidusUnderTheCadresNewId() {
        CadreRef cadre = platform.cadre(Fixtures.cadre("王建国", "TOWNSHIP_DEPUTY"), ID_NUMBER);
        new Steps(platform, COUNTY).credited(course("党性教育专题班", CourseMode.CONCENTRATED, TODAY, 5, "40"), cadre);
        platform.transfers().listen(new RecordsFollowTheCadre(platform));

        platform.actAs(TestTenancy.writing(PROVINCE));
        CadreTransfer proposed = platform.transfers().propose(COUNTY, PIDU, ID_NUMBER, "王建国", "交流锻炼");
        platform.actAs(TestTenancy.writing(COUNTY));
        platform.transfers().accept(proposed.id());
        platform.actAs(TestTenancy.writing(PIDU));
        assertThat(records(PIDU, cadre.id())).isEmpty();
        platform.actAs(TestTenancy.writing(PIDU));
        CadreTransfer moved = platform.transfers().accept(proposed.id());

        UUID newId = moved.newCadreId().orElseThrow();
        List<RecordEntry> followed = records(PIDU, newId);
        assertThat(followed).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo(RecordSource.TRANSFER);
            assertThat(r.record().courseName()).isEqualTo("党性教育专题班");
            assertThat(r.record().hours()).isEqualByComparingTo(new BigDecimal("40"));
            assertThat(r.record().days()).isEqualTo(5);
        });
        assertThat(records(COUNTY, cadre.id())).singleElement().satisfies(r -> assertThat(r.source())
                .isEqualTo(RecordSource.COURSE));
    }
}
