package cn.zugong.plugin.rotation.service;

import static cn.zugong.plugin.rotation.testing.Careers.EDUCATION;
import static cn.zugong.plugin.rotation.testing.Careers.EDUCATION_SCHOOLS;
import static cn.zugong.plugin.rotation.testing.Careers.career;
import static cn.zugong.plugin.rotation.testing.Careers.held;
import static cn.zugong.plugin.rotation.testing.Careers.relative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.plugin.rotation.Problem;
import cn.zugong.plugin.rotation.avoidance.ConflictKind;
import cn.zugong.plugin.rotation.avoidance.FindingStatus;
import cn.zugong.plugin.rotation.data.Finding;
import cn.zugong.plugin.rotation.testing.RotationContext;
import cn.zugong.testkit.context.CadreFixtures;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.TestTenancy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AvoidanceServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate SINCE = LocalDate.of(2021, 3, 1);

    private final InMemoryPluginContext platform = RotationContext.create(CadreFixtures.WENJIANG, TODAY);
    private final AvoidanceService service = new AvoidanceService(platform);
    private final CadreCareer director =
            platform.careers().put(career("张伟", held(EDUCATION, "局长", "TOWNSHIP_PRINCIPAL", true, SINCE)));
    private final CadreCareer clerk =
            platform.careers().put(career("李娜", held(EDUCATION_SCHOOLS, "科员", null, false, SINCE)));

    AvoidanceServiceTest() {
        platform.careers().family(director.cadreId(), List.of(relative("妻子", "SPOUSE", "李娜", "温江区教育局基础教育科")));
    }

    @AfterEach
    void close() {
        platform.close();
    }

    @Test
    void aScanRaisesAFindingForASpouseUnderTheDirectorAndAuditsItsFamilyRead_VE2() {
        AvoidanceService.Scan scan = service.scan(CadreFixtures.WENJIANG);

        assertThat(scan.raised()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(ConflictKind.KINSHIP_SUPERIOR_SUBORDINATE);
            assertThat(f.status()).isEqualTo(FindingStatus.DETECTED);
            assertThat(f.detectedOn()).isEqualTo(TODAY);
        });
        assertThat(service.open(CadreFixtures.WENJIANG)).hasSize(1);
        assertThat(platform.careers().familyReads()).contains(director.cadreId());
        assertThat(platform.audited()).anyMatch(e -> e.action().equals(AuditedActions.FINDING_DETECT));
    }

    @Test
    void aSecondScanRaisesNothingNewWhileTheFindingIsOpen() {
        service.scan(CadreFixtures.WENJIANG);

        assertThat(service.scan(CadreFixtures.WENJIANG).raised()).isEmpty();
        assertThat(service.open(CadreFixtures.WENJIANG)).hasSize(1);
    }

    @Test
    void aFindingRejectedAsFalseIsNotRaisedAgainButOneResolvedByATransferIsWhenItComesBack() {
        Finding finding = service.scan(CadreFixtures.WENJIANG).raised().getFirst();
        assertThat(service.move(CadreFixtures.WENJIANG, finding.id(), FindingStatus.UNDER_REVIEW, ""))
                .isEmpty();
        assertThat(service.move(CadreFixtures.WENJIANG, finding.id(), FindingStatus.REJECTED, "同名不同人"))
                .isEmpty();

        assertThat(service.scan(CadreFixtures.WENJIANG).raised()).isEmpty();
        assertThat(service.open(CadreFixtures.WENJIANG)).isEmpty();
    }

    @Test
    void aMoveTheStateMachineDoesNotAllowOrWithoutItsNoteChangesNothing() {
        Finding finding = service.scan(CadreFixtures.WENJIANG).raised().getFirst();

        List<Problem> skipped = service.move(CadreFixtures.WENJIANG, finding.id(), FindingStatus.REJECTED, "x");
        service.move(CadreFixtures.WENJIANG, finding.id(), FindingStatus.UNDER_REVIEW, "");
        List<Problem> noNote =
                service.move(CadreFixtures.WENJIANG, finding.id(), FindingStatus.RESOLVED_BY_EXEMPTION, " ");

        assertThat(skipped).extracting(Problem::key).containsExactly("rotation.finding.illegalMove");
        assertThat(noNote)
                .extracting(Problem::key)
                .containsExactly("rotation.finding.noteRequired.RESOLVED_BY_EXEMPTION");
        assertThat(service.find(CadreFixtures.WENJIANG, finding.id())
                        .orElseThrow()
                        .status())
                .isEqualTo(FindingStatus.UNDER_REVIEW);
    }

    @Test
    void anotherCountySeesNoneOfTheFindingsAndCannotMoveOne() {
        Finding finding = service.scan(CadreFixtures.WENJIANG).raised().getFirst();

        platform.actAs(TestTenancy.writing(CadreFixtures.PIDU));

        assertThat(service.open(CadreFixtures.PIDU)).isEmpty();
        assertThat(service.move(CadreFixtures.PIDU, finding.id(), FindingStatus.UNDER_REVIEW, ""))
                .extracting(Problem::key)
                .containsExactly("rotation.finding.unknown");
        assertThat(service.scan(CadreFixtures.PIDU).conflicts())
                .as("Wenjiang's cadres are not Pidu's")
                .isZero();
        assertThatThrownBy(() -> service.scan(CadreFixtures.WENJIANG)).isInstanceOf(IllegalStateException.class);
        platform.actAs(TestTenancy.writing(CadreFixtures.WENJIANG));
        assertThat(service.find(CadreFixtures.WENJIANG, finding.id())
                        .orElseThrow()
                        .status())
                .isEqualTo(FindingStatus.DETECTED);
    }
}
