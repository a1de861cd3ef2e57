package cn.zugong.plugin.supervision.matters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The yearly random check (随机抽查, DOMAIN §4.4 [V]: 10 % since 2015), drawn so that anyone holding
 * the recorded seed, rate and population can draw it again and get the same reports: the population
 * is put in a fixed order (by id), shuffled by {@link Random} with the seed (its algorithm is fixed
 * by the Java specification, so the result does not depend on the JVM), and the first {@code
 * ceil(size × rate)} are taken. Rounding up means a county with few reports still has one checked.
 *
 * @param seed the seed recorded with the draw
 * @param rate the share drawn
 * @param population the reports drawn from
 * @param drawn the reports drawn, in the order drawn
 */
public record RandomDraw(long seed, BigDecimal rate, List<UUID> population, List<UUID> drawn) {

    public RandomDraw {
        population = List.copyOf(population);
        drawn = List.copyOf(drawn);
    }

    public static RandomDraw draw(Collection<UUID> population, BigDecimal rate, long seed) {
        List<UUID> ordered = new ArrayList<>(population);
        ordered.sort(Comparator.naturalOrder());
        List<UUID> shuffled = new ArrayList<>(ordered);
        Collections.shuffle(shuffled, new Random(seed));
        int count = size(ordered.size(), rate);
        return new RandomDraw(seed, rate, ordered, shuffled.subList(0, count));
    }

    /** How many of {@code population} reports a draw at {@code rate} takes. */
    public static int size(int population, BigDecimal rate) {
        return BigDecimal.valueOf(population)
                .multiply(rate)
                .setScale(0, RoundingMode.CEILING)
                .min(BigDecimal.valueOf(population))
                .intValueExact();
    }
}
