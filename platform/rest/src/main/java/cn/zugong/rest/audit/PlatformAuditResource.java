package cn.zugong.rest.audit;

import cn.zugong.core.audit.AuditEntry;
import cn.zugong.core.audit.AuditQuery;
import cn.zugong.core.audit.ChainVerdict;
import cn.zugong.core.audit.PlatformAuditReader;
import cn.zugong.rest.Page;
import cn.zugong.rest.Paging;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;

/**
 * The platform's own audit chain for the platform auditor: its events newest first, filtered as in
 * the auditors' view, and its verification (which is itself recorded in the chain). Everyone else
 * is refused (403) by the service.
 */
@Path("platform/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlatformAuditResource {

    @Inject
    PlatformAuditReader reader;

    /** One link of the chain, as stored. */
    public record EventDto(
            UUID id,
            long seq,
            Instant occurredAt,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String summary,
            String before,
            String after,
            String sessionHash,
            String clientAddress,
            String hash) {
        static EventDto of(AuditEntry e) {
            return new EventDto(
                    e.id(),
                    e.seq(),
                    e.occurredAt(),
                    e.actor(),
                    e.action(),
                    e.subjectType(),
                    e.subjectId(),
                    e.summary(),
                    e.beforeJson(),
                    e.afterJson(),
                    e.sessionHash(),
                    e.clientAddress(),
                    e.hash());
        }
    }

    /**
     * A verification's outcome: intact with the number of links checked, or the first broken link
     * ({@code seq}, its event and the problem, one of {@link ChainVerdict.Problem}).
     */
    public record VerdictDto(boolean ok, long checked, Long brokenSeq, UUID brokenEventId, String problem) {
        static VerdictDto of(ChainVerdict verdict) {
            return verdict.broken()
                    .map(b -> new VerdictDto(
                            false,
                            verdict.checked(),
                            b.seq(),
                            b.eventId(),
                            b.problem().name()))
                    .orElse(new VerdictDto(true, verdict.checked(), null, null, null));
        }
    }

    /** {@code action} is an action or its beginning ({@code plugin.}); {@code actor} part of a user name. */
    @GET
    public Page<EventDto> list(
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("subjectType") String subjectType,
            @QueryParam("subjectId") String subjectId,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size);
        AuditQuery query =
                new AuditQuery("", actor, action, subjectType, subjectId, null, null, paging.offset(), paging.size());
        return paging.page(reader.list(query).stream().map(EventDto::of).toList(), reader.count(query));
    }

    @POST
    @Path("verify")
    public VerdictDto verify() {
        return VerdictDto.of(reader.verify());
    }
}
