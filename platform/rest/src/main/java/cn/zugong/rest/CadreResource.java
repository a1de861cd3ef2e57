package cn.zugong.rest;

import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreFile;
import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.CadreNotFoundException;
import cn.zugong.core.cadre.domain.CadreQuery;
import cn.zugong.core.i18n.PortalMessages;
import cn.zugong.core.selection.record.CadreTrace;
import cn.zugong.core.selection.record.CadreTraceService;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.validation.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Cadre files of the caller's tenancy. A cadre of another county answers 404, exactly like a
 * missing one. Lists never hold sensitive fields; a single file holds the id number only for
 * callers with a sensitive role. Refusals are {@link CadreService}'s.
 */
@Path("cadres")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CadreResource {

    @Inject
    CadreService cadres;

    @Inject
    CadreTraceService traces;

    @Context
    UriInfo uri;

    /** Sort by {@code name}, {@code birth}, {@code unit}, {@code postLevel}, {@code civilRank}, {@code status} or {@code tenant}. */
    @GET
    public Page<CadreSummary> list(
            @BeanParam CadreFilterParams filters,
            @QueryParam("sort") String sort,
            @QueryParam("desc") String desc,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        List<Problem> problems = new ArrayList<>();
        Paging paging = QueryValues.attempt(
                () -> Paging.of(QueryValues.integer(page, "page"), QueryValues.integer(size, "size")), problems);
        CadreFilter filter = QueryValues.attempt(filters::toFilter, problems);
        CadreQuery.Sort order =
                QueryValues.attempt(() -> QueryValues.enumValue(CadreQuery.Sort.class, sort, "sort"), problems);
        QueryValues.refuseIfAny(problems);
        CadreQuery query = new CadreQuery(filter, order, !QueryValues.bool(desc), paging.offset(), paging.size());
        return paging.page(cadres.list(query).stream().map(CadreSummary::of).toList(), cadres.count(filter));
    }

    /** The full file: a sensitive read, recorded in the audit trail like opening it on screen. */
    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CadreDto.class)))
    public Response get(@PathParam("id") String id) {
        UUID cadre = Ids.parse(id).orElseThrow(ApiException::notFound);
        return ok(cadres.openFile(cadre).orElseThrow(ApiException::notFound));
    }

    /**
     * The accountability trace (daocha): every selection case that touched the cadre, each step
     * with who took it and the chain position and hash of its audit link, worded in the caller's
     * language ({@code Accept-Language}). An audited read, like the page; 404 for a cadre of another
     * county, 403 for a caller who works with no selection case.
     */
    @GET
    @Path("{id}/trace")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CadreTrace.class)))
    public CadreTrace trace(@PathParam("id") String id, @Context HttpHeaders headers) {
        UUID cadre = Ids.parse(id).orElseThrow(ApiException::notFound);
        Locale locale = ProblemTexts.language(headers.getAcceptableLanguages());
        try {
            return traces.trace(cadre, locale, PortalMessages.portal(locale));
        } catch (CadreNotFoundException notReadable) {
            throw ApiException.notFound();
        }
    }

    @POST
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CadreDto.class)))
    public Response create(CadreInput input) {
        Cadre saved = cadres.save(Ids.body(input).applyTo(new Cadre(), CountyAccess.canSeeSensitive()));
        CadreFile file = file(saved.getId());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(saved.getId().toString())
                        .build())
                .header("ETag", Versions.etag(file.cadre().getVersion()))
                .entity(CadreDto.of(file))
                .build();
    }

    @PUT
    @Path("{id}")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CadreDto.class)))
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, CadreInput input) {
        Cadre cadre = Ids.parse(id).flatMap(cadres::find).orElseThrow(ApiException::notFound);
        Versions.check(cadre.getVersion(), ifMatch, Ids.body(input).version());
        Cadre saved = cadres.save(input.applyTo(cadre, CountyAccess.canSeeSensitive()));
        return ok(file(saved.getId()));
    }

    private CadreFile file(UUID id) {
        return cadres.file(id).orElseThrow(ApiException::notFound);
    }

    private static Response ok(CadreFile file) {
        return Response.ok(CadreDto.of(file))
                .header("ETag", Versions.etag(file.cadre().getVersion()))
                .build();
    }
}
