package cn.zugong.core.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A year's statistics for the counties the caller reads: per county its figures (the frozen ones
 * once submitted), summed over any group of counties (a city, the province).
 */
public record YearStatistics(int year, LocalDate referenceDate, List<County> counties) {

    /**
     * One county of the year.
     *
     * @param submission the submission, when the county has submitted (then {@code figures} are its frozen ones)
     */
    public record County(String code, CountyStatistics figures, Optional<StatisticsSubmission> submission) {

        public boolean submitted() {
            return submission.isPresent();
        }

        /** The city (or prefecture) of a county: its first four digits and {@code 00}. */
        public String city() {
            return code.substring(0, 4) + "00";
        }
    }

    public YearStatistics {
        counties = List.copyOf(counties);
    }

    /** The county of that code, if the caller reads it. */
    public Optional<County> county(String code) {
        return counties.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The sum over the counties that pass the test. */
    public CountyStatistics sum(Predicate<County> which) {
        return counties.stream()
                .filter(which)
                .map(County::figures)
                .reduce(CountyStatistics.EMPTY, CountyStatistics::plus);
    }

    /** The sum over every county read. */
    public CountyStatistics total() {
        return sum(c -> true);
    }

    /** The cities of the counties read, in code order. */
    public List<String> cities() {
        return counties.stream().map(County::city).collect(Collectors.toCollection(TreeSet::new)).stream()
                .toList();
    }

    /** How many of the counties read have submitted. */
    public long submittedCount() {
        return counties.stream().filter(County::submitted).count();
    }
}
