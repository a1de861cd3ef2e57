package cn.zugong.rest.plugin;

import cn.zugong.core.plugin.install.PluginInstaller;
import cn.zugong.rest.Ids;
import cn.zugong.rest.ProblemTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import java.util.List;
import java.util.Set;

/**
 * The platform-sysadmin's plugin lifecycle: upload a jar (reviewed, or installed/upgraded), list,
 * disable, enable, uninstall (data kept), export and purge, offers to tenants. Everyone else gets
 * 403.
 */
@Path("platform/plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlatformPluginResource {

    public static final String JAR = "application/java-archive";

    @Inject
    PluginInstaller installer;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    public List<PluginDto> list() {
        return installer.all().stream().map(PluginDto::of).toList();
    }

    /** With {@code review=true}: what installing would do (200), nothing installed. */
    @POST
    @Consumes({JAR, MediaType.APPLICATION_OCTET_STREAM})
    public Response upload(@QueryParam("review") boolean review, byte[] jar) {
        if (review) {
            return Response.ok(ReviewDto.of(installer.review(jar), problem -> ProblemTexts.portal()
                            .fieldError(problem, ProblemTexts.language(headers.getAcceptableLanguages()))))
                    .build();
        }
        PluginDto installed = PluginDto.of(installer.install(jar));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(installed.id()).build())
                .entity(installed)
                .build();
    }

    @POST
    @Path("{id}/disable")
    public PluginDto disable(@PathParam("id") String id) {
        return PluginDto.of(installer.disable(id));
    }

    @POST
    @Path("{id}/enable")
    public PluginDto enable(@PathParam("id") String id) {
        return PluginDto.of(installer.enable(id));
    }

    @DELETE
    @Path("{id}")
    public PluginDto uninstall(@PathParam("id") String id) {
        return PluginDto.of(installer.uninstall(id));
    }

    @GET
    @Path("{id}/export")
    @Produces("application/zip")
    public Response export(@PathParam("id") String id) {
        return Response.ok(installer.export(id))
                .header("Content-Disposition", "attachment; filename=\"" + id + "-data.zip\"")
                .build();
    }

    @POST
    @Path("{id}/purge")
    public Response purge(@PathParam("id") String id) {
        installer.purge(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/offers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response offer(@PathParam("id") String id, OfferInput input) {
        installer.offer(
                id, Ids.body(input).everyTenant(), input.tenants() == null ? Set.of() : Set.copyOf(input.tenants()));
        return Response.noContent().build();
    }
}
