package cn.zugong.ui.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Friendly names for the OpenAPI document. The server's MicroProfile OpenAPI subsystem generates
 * and serves it at {@code /api/v1/openapi} (YAML, or JSON with {@code ?format=JSON} or
 * {@code Accept: application/json}); these two paths redirect there and need no token.
 */
@Path("")
public class OpenApiLinks {

    @GET
    @Path("openapi.json")
    public Response json() {
        return Response.temporaryRedirect(URI.create(ApiApplication.PATH + "/openapi?format=JSON"))
                .build();
    }

    @GET
    @Path("openapi.yaml")
    public Response yaml() {
        return Response.temporaryRedirect(URI.create(ApiApplication.PATH + "/openapi?format=YAML"))
                .build();
    }
}
