package cn.zugong.core.cadre.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zugong.core.unit.PostLevel;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadreFactsTest {

    private static PostHolding holding(String title, PostLevel level, String start, String end) {
        PostHolding h = new PostHolding();
        h.setUnitName("\u6e29\u6c5f\u533a\u5546\u52a1\u5c40");
        h.setTitle(title);
        h.setPostLevel(level);
        h.setMainPost(true);
        h.setStartDate(LocalDate.parse(start));
        h.setEndDate(end == null ? null : LocalDate.parse(end));
        return h;
    }

    private final List<PostHolding> holdings = List.of(
            holding("A", PostLevel.TOWNSHIP_DEPUTY, "2010-03-01", "2015-06-01"),
            holding("B", PostLevel.TOWNSHIP_PRINCIPAL, "2015-06-01", "2019-09-01"),
            holding("C", PostLevel.TOWNSHIP_PRINCIPAL, "2019-09-01", null));

    @Test
    void ageIsCountedAtTheReferenceDateNotToday() {
        assertEquals(44, CadreFacts.age(LocalDate.of(1980, 5, 1), LocalDate.of(2025, 4, 30)));
        assertEquals(45, CadreFacts.age(LocalDate.of(1980, 5, 1), LocalDate.of(2025, 5, 1)));
    }

    @Test
    void timeInCurrentPostRunsFromTheOpenMainHolding() {
        assertEquals(
                Period.of(5, 3, 0),
                CadreFacts.inCurrentPost(holdings, LocalDate.of(2024, 12, 1)).orElseThrow());
    }

    @Test
    void timeAtCurrentLevelSpansConsecutivePostsAtThatLevel() {
        assertEquals(
                Period.of(9, 6, 0),
                CadreFacts.atCurrentLevel(new Cadre(), holdings, LocalDate.of(2024, 12, 1))
                        .orElseThrow());
    }

    @Test
    void theResumeHasOneLinePerMainPostAndLeavesTheCurrentOneOpen() {
        String[] lines = Resume.of(holdings).split("\n");
        assertEquals(3, lines.length);
        assertEquals("2010.03--2015.06  \u6e29\u6c5f\u533a\u5546\u52a1\u5c40A", lines[0]);
        assertEquals("2019.09--         \u6e29\u6c5f\u533a\u5546\u52a1\u5c40C", lines[2]);
    }
}
