package cn.zugong.rest.ballot;

import cn.zugong.core.ballot.application.BallotService;
import cn.zugong.core.ballot.application.ResultService;
import cn.zugong.core.ballot.domain.BallotNotFoundException;
import cn.zugong.core.ballot.domain.BallotResult;
import cn.zugong.core.ballot.domain.BallotSession;
import cn.zugong.core.ballot.domain.Grade;
import cn.zugong.core.ballot.domain.NomineeResult;
import cn.zugong.rest.ApiException;
import cn.zugong.rest.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A ballot session of the caller's county and, once closed, its result (aggregates only), for the
 * county's writers. A session of another county answers 404, exactly like a missing one; a reader
 * without the writer's role 403.
 */
@Path("ballots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BallotResource {

    @Inject
    BallotService sessions;

    @Inject
    ResultService results;

    /** A session as its officer sees it. */
    public record SessionDto(
            UUID id,
            String kind,
            String title,
            UUID caseId,
            String state,
            int expected,
            int maxMarks,
            Instant opensAt,
            Instant closesAt,
            int codesIssued,
            long voted) {}

    /** One person's result. */
    public record PersonDto(String name, UUID cadreId, int votes, double share, Map<Grade, Integer> grades) {}

    /** A closed session's result. */
    public record ResultDto(
            int expected,
            int cast,
            int valid,
            int invalid,
            int blank,
            boolean participationMet,
            List<PersonDto> persons) {}

    @GET
    @Path("{id}")
    public SessionDto get(@PathParam("id") String id) {
        return found(id, sessionId -> {
            BallotSession s = sessions.session(sessionId);
            return new SessionDto(
                    s.getId(),
                    s.getKind().name(),
                    s.getTitle(),
                    s.getCaseId(),
                    s.getState().name(),
                    s.getExpected(),
                    s.getMaxMarks(),
                    s.getOpensAt(),
                    s.getClosesAt(),
                    s.getCodesIssued(),
                    sessions.used(sessionId));
        });
    }

    @GET
    @Path("{id}/result")
    public ResultDto result(@PathParam("id") String id) {
        return found(id, sessionId -> {
            BallotResult r = results.result(sessionId);
            List<PersonDto> persons =
                    r.persons().stream().map(BallotResource::person).toList();
            return new ResultDto(
                    r.expected(), r.cast(), r.valid(), r.invalid(), r.blank(), r.participationMet(), persons);
        });
    }

    private static PersonDto person(NomineeResult p) {
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        grades.putAll(p.grades());
        return new PersonDto(p.name(), p.cadreId(), p.votes(), p.share(), grades);
    }

    private static <T> T found(String id, Function<UUID, T> read) {
        UUID sessionId = Ids.parse(id).orElseThrow(ApiException::notFound);
        try {
            return read.apply(sessionId);
        } catch (BallotNotFoundException hidden) {
            throw ApiException.notFound();
        }
    }
}
