package cn.zugong.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * Friendly names for the OpenAPI document. The server's MicroProfile OpenAPI subsystem generates
 * and serves it at {@code /api/v1/openapi} (YAML, or JSON with {@code ?format=JSON} or
 * {@code Accept: application/json}); these two paths redirect there and need no token.
 */
@Path("")
public class OpenApiLinks {

    @Context
    UriInfo uri;

    @GET
    @Path("openapi.json")
    public Response json() {
        return Response.temporaryRedirect(document(uri.getBaseUri(), "JSON")).build();
    }

    @GET
    @Path("openapi.yaml")
    public Response yaml() {
        return Response.temporaryRedirect(document(uri.getBaseUri(), "YAML")).build();
    }

    /**
     * The document's absolute address: a relative one would be resolved against the API's base
     * ({@code /api/v1/}) by Jakarta REST and name {@code /api/v1/api/v1/openapi}.
     */
    static URI document(URI base, String format) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        return URI.create(root + "openapi?format=" + format);
    }
}
