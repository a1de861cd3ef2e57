package cn.zugong.rest;

import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.UnitQuery;
import cn.zugong.core.unit.UnitService;
import cn.zugong.core.validation.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Organization units of the caller's tenancy. A unit of another county answers 404, exactly like
 * a missing one; reads, writes and their refusals are {@link UnitService}'s.
 */
@Path("units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    UnitService units;

    @Context
    UriInfo uri;

    /** Sort by {@code name}, {@code type}, {@code parent}, {@code principalPosts}, {@code deputyPosts} or {@code tenant}. */
    @GET
    public Page<UnitSummary> list(
            @QueryParam("search") String search,
            @QueryParam("sort") String sort,
            @QueryParam("desc") String desc,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        List<Problem> problems = new ArrayList<>();
        Paging paging = QueryValues.attempt(
                () -> Paging.of(QueryValues.integer(page, "page"), QueryValues.integer(size, "size")), problems);
        UnitQuery.Sort order =
                QueryValues.attempt(() -> QueryValues.enumValue(UnitQuery.Sort.class, sort, "sort"), problems);
        QueryValues.refuseIfAny(problems);
        UnitQuery query = new UnitQuery(search, order, !QueryValues.bool(desc), paging.offset(), paging.size());
        return paging.page(units.list(query).stream().map(UnitSummary::of).toList(), units.count(search));
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UnitDto.class)))
    public Response get(@PathParam("id") String id) {
        return ok(find(id));
    }

    @POST
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = UnitDto.class)))
    public Response create(UnitInput input) {
        OrgUnit saved = units.save(Ids.body(input).applyTo(new OrgUnit()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(saved.getId().toString())
                        .build())
                .header("ETag", Versions.etag(saved.getVersion()))
                .entity(UnitDto.of(saved))
                .build();
    }

    @PUT
    @Path("{id}")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UnitDto.class)))
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, UnitInput input) {
        OrgUnit unit = find(id);
        Versions.check(unit.getVersion(), ifMatch, Ids.body(input).version());
        return ok(units.save(input.applyTo(unit)));
    }

    private OrgUnit find(String id) {
        return Ids.parse(id).flatMap(units::find).orElseThrow(ApiException::notFound);
    }

    private static Response ok(OrgUnit unit) {
        return Response.ok(UnitDto.of(unit))
                .header("ETag", Versions.etag(unit.getVersion()))
                .build();
    }
}
