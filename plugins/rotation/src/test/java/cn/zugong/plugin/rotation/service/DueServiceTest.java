package cn.zugong.plugin.rotation.service;

import static cn.zugong.plugin.rotation.testing.Careers.GOVERNMENT;
import static cn.zugong.plugin.rotation.testing.Careers.PARTY;
import static cn.zugong.plugin.rotation.testing.Careers.career;
import static cn.zugong.plugin.rotation.testing.Careers.held;
import static cn.zugong.plugin.rotation.testing.Careers.post;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.plugin.rotation.due.Due;
import cn.zugong.plugin.rotation.due.DueRule;
import cn.zugong.plugin.rotation.testing.RotationContext;
import cn.zugong.testkit.context.CadreFixtures;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.TestTenancy;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DueServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final InMemoryPluginContext platform = RotationContext.create(CadreFixtures.WENJIANG, TODAY);
    private final DueService service = new DueService(platform);

    @AfterEach
    void close() {
        platform.close();
    }

    @Test
    void theListsOfACountyComputedByHand() {
        // 10 years in one post: must (V-E3). 10 years at one level over two posts: should (V-E3).
        // 9 years 8 months in one post: becoming due within 6 months. 3 years: nothing.
        CadreCareer must =
                platform.careers().put(career("甲", held(PARTY, "副书记", "COUNTY_DEPUTY", false, TODAY.minusYears(10))));
        CadreCareer should = platform.careers()
                .put(career(
                        "乙",
                        post(GOVERNMENT, "副区长", "COUNTY_DEPUTY", false, TODAY.minusYears(10), TODAY.minusYears(6)),
                        held(
                                PARTY,
                                "常委",
                                "COUNTY_DEPUTY",
                                false,
                                TODAY.minusYears(6).plusDays(1))));
        CadreCareer soon = platform.careers()
                .put(career(
                        "丙",
                        held(
                                GOVERNMENT,
                                "副区长",
                                "COUNTY_DEPUTY",
                                false,
                                TODAY.minusYears(10).plusMonths(4))));
        platform.careers().put(career("丁", held(GOVERNMENT, "副区长", "COUNTY_DEPUTY", false, TODAY.minusYears(3))));

        DueService.DueLists lists = service.lists(CadreFixtures.WENJIANG, TODAY);

        assertThat(lists.must()).extracting(Due::cadreId).containsExactly(must.cadreId());
        assertThat(lists.should()).extracting(Due::cadreId).containsExactly(should.cadreId());
        assertThat(lists.becoming())
                .filteredOn(d -> d.rule() == DueRule.SAME_POST)
                .extracting(Due::cadreId)
                .containsExactly(soon.cadreId());
        assertThat(lists.inOffice()).isEqualTo(4);
    }

    @Test
    void aRetiredCadreIsOnNoList() {
        CadreCareer gone =
                platform.careers().put(career("甲", held(PARTY, "副书记", "COUNTY_DEPUTY", false, TODAY.minusYears(12))));
        platform.careers().leaveOffice(gone.cadreId());

        assertThat(service.lists(CadreFixtures.WENJIANG, TODAY).must()).isEmpty();
    }

    @Test
    void anotherCountysListsShowNoneOfThisCountysCadres() {
        platform.careers().put(career("甲", held(PARTY, "副书记", "COUNTY_DEPUTY", false, TODAY.minusYears(12))));
        platform.actAs(TestTenancy.writing(CadreFixtures.PIDU));

        DueService.DueLists lists = service.lists(CadreFixtures.PIDU, TODAY);

        assertThat(lists.must()).isEmpty();
        assertThat(lists.inOffice()).isZero();
    }
}
