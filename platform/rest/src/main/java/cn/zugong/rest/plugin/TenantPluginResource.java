package cn.zugong.rest.plugin;

import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.rest.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;

/** The plugins offered to the caller's county, and (for its tenant-admin) switching them on and off. */
@Path("tenant/plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TenantPluginResource {

    @Inject
    PluginEnablementService enablement;

    public record TenantPluginDto(String id, boolean enabled) {}

    public record EnabledInput(boolean enabled) {}

    @GET
    public List<TenantPluginDto> list() {
        Set<String> enabled = enablement.enabledForCurrentTenant();
        return enablement.offeredToCurrentTenant().stream()
                .sorted()
                .map(id -> new TenantPluginDto(id, enabled.contains(id)))
                .toList();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TenantPluginDto set(@PathParam("id") String id, EnabledInput input) {
        enablement.setEnabled(id, Ids.body(input).enabled());
        return new TenantPluginDto(id, enablement.enabledForCurrentTenant().contains(id));
    }
}
