package cn.zugong.rest;

import cn.zugong.core.statistics.CountyStatistics;
import cn.zugong.core.statistics.StatisticsService;
import cn.zugong.core.statistics.StatisticsSubmission;
import cn.zugong.core.statistics.YearStatistics;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The annual cadre statistics of the caller's tenancy ({@link StatisticsService}): a county's own
 * figures, or every county of a supervisor's scope with its submission and their total; and a
 * county writer's submission of a year. Cells are named {@code basic.<level>.<column>} and {@code
 * change.<change>}; a cell not named is zero.
 */
@Path("statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    /** One county of the year: its cells (the frozen ones once submitted) and its submission. */
    public record CountyDto(
            String county, boolean submitted, String sha256, String submittedAt, Map<String, Long> cells) {

        static CountyDto of(YearStatistics.County county) {
            return new CountyDto(
                    county.code(),
                    county.submitted(),
                    county.submission().map(StatisticsSubmission::getSha256).orElse(null),
                    county.submission().map(s -> s.getSubmittedAt().toString()).orElse(null),
                    cellsOf(county.figures()));
        }
    }

    /** The year: its reference date, each county read, and their total. */
    public record YearDto(int year, String referenceDate, List<CountyDto> counties, Map<String, Long> total) {}

    /** A submission: the year, its reference date and the SHA-256 of the frozen figures. */
    public record SubmissionDto(int year, String referenceDate, String sha256) {}

    @Inject
    StatisticsService statistics;

    @GET
    @Path("{year}")
    public YearDto year(@PathParam("year") String year) {
        YearStatistics read = statistics.year(parseYear(year));
        return new YearDto(
                read.year(),
                read.referenceDate().toString(),
                read.counties().stream().map(CountyDto::of).toList(),
                cellsOf(read.total()));
    }

    @POST
    @Path("{year}/submit")
    public SubmissionDto submit(@PathParam("year") String year) {
        StatisticsSubmission done = statistics.submit(parseYear(year));
        return new SubmissionDto(done.getYear(), done.getReferenceDate().toString(), done.getSha256());
    }

    private static int parseYear(String value) {
        Integer year = QueryValues.integer(value, "year");
        if (year == null) {
            throw QueryValues.invalid("year");
        }
        return year;
    }

    private static Map<String, Long> cellsOf(CountyStatistics figures) {
        return new TreeMap<>(figures.cells());
    }
}
