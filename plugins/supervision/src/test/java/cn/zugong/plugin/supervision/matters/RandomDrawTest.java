package cn.zugong.plugin.supervision.matters;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** DOMAIN §4.4 [V]: the random check, 10 %, drawn reproducibly from a recorded seed. */
class RandomDrawTest {

    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");

    private static List<UUID> population(int size) {
        return IntStream.range(0, size)
                .mapToObj(i -> UUID.nameUUIDFromBytes(("report-" + i).getBytes()))
                .toList();
    }

    @Test
    void theSameSeedDrawsTheSameReportsWhateverOrderThePopulationComesIn() {
        List<UUID> reports = population(40);
        List<UUID> shuffled = new ArrayList<>(reports);
        Collections.reverse(shuffled);
        RandomDraw first = RandomDraw.draw(reports, TEN_PERCENT, 20250131L);
        RandomDraw again = RandomDraw.draw(shuffled, TEN_PERCENT, 20250131L);
        assertThat(again.drawn()).isEqualTo(first.drawn());
        assertThat(first.drawn()).hasSize(4).doesNotHaveDuplicates();
        assertThat(reports).containsAll(first.drawn());
    }

    @Test
    void anotherSeedDrawsOtherReports() {
        List<UUID> reports = population(200);
        assertThat(RandomDraw.draw(reports, TEN_PERCENT, 1L).drawn())
                .isNotEqualTo(RandomDraw.draw(reports, TEN_PERCENT, 2L).drawn());
    }

    @Test
    void theDrawIsPinnedToJavasSpecifiedRandomSoItCanBeRedoneOnAnyMachine() {
        // java.util.Random's algorithm is part of the Java specification: the draw of a recorded
        // seed must give these reports on any JVM, years later.
        List<UUID> reports = population(10);
        RandomDraw draw = RandomDraw.draw(reports, new BigDecimal("0.30"), 42L);
        List<UUID> ordered = new ArrayList<>(reports);
        Collections.sort(ordered);
        List<UUID> expected = new ArrayList<>(ordered);
        Collections.shuffle(expected, new java.util.Random(42L));
        assertThat(draw.drawn()).isEqualTo(expected.subList(0, 3));
        assertThat(draw.population()).isEqualTo(ordered);
    }

    @Test
    void tenPercentIsRoundedUpSoThatASmallCountyHasOneReportChecked() {
        assertThat(RandomDraw.size(25, TEN_PERCENT)).isEqualTo(3);
        assertThat(RandomDraw.size(30, TEN_PERCENT)).isEqualTo(3);
        assertThat(RandomDraw.size(5, TEN_PERCENT)).isEqualTo(1);
        assertThat(RandomDraw.size(0, TEN_PERCENT)).isZero();
        assertThat(RandomDraw.size(7, BigDecimal.ONE)).isEqualTo(7);
    }
}
