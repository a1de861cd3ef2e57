package cn.zugong.rest.admin;

import cn.zugong.core.admin.IdentityAdmin;
import cn.zugong.core.admin.TenantExport;
import cn.zugong.core.admin.TenantLifecycle;
import cn.zugong.core.division.Divisions;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.rest.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The platform-sysadmin's tenants: list with status, create from a division (with its group and
 * first admin), suspend, resume, export, archive and request a purge; the platform-secadmin
 * lists the pending purge requests and approves or refuses each. Everyone else gets 403.
 */
@Path("platform/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlatformTenantResource {

    @Inject
    TenantLifecycle lifecycle;

    @Inject
    TenantExport exporter;

    @Context
    UriInfo uri;

    @GET
    public List<TenantDto> list() {
        return lifecycle.tenants().stream().map(TenantDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CreatedTenantDto.class)))
    public Response create(TenantInput input) {
        Ids.body(input);
        TenantLifecycle.Created created = lifecycle.create(
                input.division(),
                new IdentityAdmin.NewUser(
                        input.adminUsername(),
                        input.adminName(),
                        input.adminEmail(),
                        MailLanguage.parse("adminLanguage", input.adminLanguage())));
        Tenant tenant = lifecycle.tenants().stream()
                .filter(t -> t.id().code().equals(created.code()))
                .findFirst()
                .orElseThrow();
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.code()).build())
                .entity(new CreatedTenantDto(
                        TenantDto.of(tenant),
                        created.groupPath(),
                        created.adminUsername(),
                        created.temporaryPassword(),
                        created.mailed()))
                .build();
    }

    @POST
    @Path("{code}/suspend")
    public TenantDto suspend(@PathParam("code") String code) {
        return TenantDto.of(lifecycle.suspend(code));
    }

    @POST
    @Path("{code}/resume")
    public TenantDto resume(@PathParam("code") String code) {
        return TenantDto.of(lifecycle.resume(code));
    }

    /**
     * The county's whole data as one zip: cadres as .lrmx, the Excel list, its rows of every core
     * table as CSV, the audit chain's verification and a manifest with each entry's SHA-256.
     */
    @GET
    @Path("{code}/export")
    @Produces("application/zip")
    public Response export(@PathParam("code") String code) {
        TenantExport.Archive archive = exporter.export(code);
        return Response.ok(archive.zip(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + archive.fileName() + "\"")
                .header("X-Zugong-Sha256", archive.sha256())
                .build();
    }

    /** Read-only for everyone from now on; only after an export. */
    @POST
    @Path("{code}/archive")
    public TenantDto archive(@PathParam("code") String code) {
        return TenantDto.of(lifecycle.archive(code));
    }

    /** A platform-sysadmin asks for the purge of an archived tenant, after the waiting period. */
    @POST
    @Path("{code}/purge-request")
    public TenantDto requestPurge(@PathParam("code") String code) {
        return TenantDto.of(lifecycle.requestPurge(code));
    }

    /** A platform-secadmin, not the requester, approves the purge: the county's data is deleted. */
    @POST
    @Path("{code}/purge")
    public TenantDto purge(@PathParam("code") String code) {
        return TenantDto.of(lifecycle.approvePurge(code));
    }

    /** A platform-secadmin, not the requester, refuses the purge: the request is dropped, the tenant stays archived. */
    @POST
    @Path("{code}/purge-refusal")
    public TenantDto refusePurge(@PathParam("code") String code) {
        return TenantDto.of(lifecycle.refusePurge(code));
    }

    /** The purge requests waiting for the platform-secadmin's decision. */
    @GET
    @Path("purge-requests")
    public List<TenantDto> purgeRequests() {
        return lifecycle.pendingPurges().stream().map(TenantDto::of).toList();
    }

    /** The national division table, searched by code, Chinese name or pinyin; at most 50. */
    @GET
    @Path("divisions")
    public List<DivisionDto> divisions(@QueryParam("search") String search) {
        lifecycle.tenants(); // the platform-sysadmin's, like the rest of this resource
        return Divisions.national().search(search, 50).stream()
                .map(DivisionDto::of)
                .toList();
    }
}
