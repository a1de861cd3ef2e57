package cn.zugong.core.division;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DivisionsTest {

    private final Divisions divisions = Divisions.national();

    @Test
    void theNationalTableHoldsEveryProvinceCityAndCounty() {
        assertThat(divisions.size()).isGreaterThan(3300);
        assertThat(divisions.search("", 5000).stream()
                        .filter(d -> d.level() == DivisionLevel.PROVINCE)
                        .count())
                .isEqualTo(31);
    }

    @Test
    void xinjinLiesBelowChengduBelowSichuan() {
        List<Division> line = divisions.lineage("510118");
        assertThat(line).extracting(Division::code).containsExactly("510000", "510100", "510118");
        assertThat(line).extracting(Division::nameZh).containsExactly("四川省", "成都市", "新津区");
        assertThat(line.getLast().nameEn()).isEqualTo("Xinjin District");
        assertThat(line.get(1).nameEn()).isEqualTo("Chengdu City");
    }

    @Test
    void theGroupPathUsesTheShortCodeOfEachLevel() {
        assertThat(divisions.groupPath("510118")).isEqualTo("/51/5101/510118");
        assertThat(divisions.groupPath("510100")).isEqualTo("/51/5101");
        assertThat(divisions.groupPath("510000")).isEqualTo("/51");
        assertThat(divisions.groupPath("999999")).isEmpty();
    }

    @Test
    void aCountyLevelCityWithoutDistrictsIsACityNotAlsoACounty() {
        assertThat(divisions.find("441900")).hasValueSatisfying(d -> {
            assertThat(d.level()).isEqualTo(DivisionLevel.CITY);
            assertThat(d.nameZh()).isEqualTo("东莞市");
        });
    }

    @Test
    void searchFindsByCodeChineseNameAndPinyin() {
        assertThat(divisions.search("510118", 10)).extracting(Division::nameZh).containsExactly("新津区");
        assertThat(divisions.search("新津", 10)).extracting(Division::code).containsExactly("510118");
        assertThat(divisions.search("Xin Jin", 10)).extracting(Division::code).contains("510118");
        assertThat(divisions.search("wenjiang", 10)).extracting(Division::code).contains("510115");
    }

    @Test
    void anUnknownCodeIsNotFound() {
        assertThat(divisions.find("510199")).isEmpty();
        assertThat(divisions.find(null)).isEmpty();
        assertThat(divisions.lineage("abc")).isEmpty();
    }
}
