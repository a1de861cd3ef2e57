package cn.zugong.rest.plugin;

import cn.zugong.core.plugin.install.VendorKey;
import cn.zugong.core.plugin.install.VendorKeys;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.validation.ValidationException;
import cn.zugong.rest.ApiException;
import cn.zugong.rest.ApiProblem;
import cn.zugong.rest.Ids;
import cn.zugong.rest.ProblemKind;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** The platform-secadmin's vendor keys and the unsigned-plugins setting. */
@Path("platform/vendor-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VendorKeyResource {

    @Inject
    VendorKeys keys;

    public record KeyDto(String fingerprint, String subject, String addedBy, Instant addedAt) {
        static KeyDto of(VendorKey k) {
            return new KeyDto(k.fingerprint(), k.subject(), k.addedBy(), k.addedAt());
        }
    }

    public record UnsignedDto(boolean allowUnsigned) {}

    @GET
    public List<KeyDto> list() {
        requirePlatformAdmin();
        return keys.list().stream().map(KeyDto::of).toList();
    }

    /** The keys and the setting are the platform's: its secadmin manages them, its sysadmin reads them. */
    private static void requirePlatformAdmin() {
        if (!CurrentUserHolder.hasRole(CurrentUser.PLATFORM_SECADMIN)
                && !CurrentUserHolder.hasRole(CurrentUser.PLATFORM_SYSADMIN)) {
            throw new AccessDeniedException("error.access.denied");
        }
    }

    /** Registers a certificate (PEM or DER); 409 when it is registered already. */
    @POST
    @Consumes({"application/x-pem-file", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public Response add(byte[] certificate) {
        try {
            return Response.status(Response.Status.CREATED)
                    .entity(KeyDto.of(keys.add(certificate)))
                    .build();
        } catch (ValidationException e) {
            if (e.problems().stream().anyMatch(p -> p.messageKey().equals("plugin.key.duplicate"))) {
                throw new ApiException(ApiProblem.of(ProblemKind.CONFLICT, "plugin.key.duplicate"));
            }
            throw e;
        }
    }

    @DELETE
    @Path("{fingerprint}")
    public Response remove(@PathParam("fingerprint") String fingerprint) {
        keys.remove(fingerprint);
        return Response.noContent().build();
    }

    @GET
    @Path("unsigned")
    public UnsignedDto unsigned() {
        requirePlatformAdmin();
        return new UnsignedDto(keys.allowUnsigned());
    }

    @PUT
    @Path("unsigned")
    @Consumes(MediaType.APPLICATION_JSON)
    public UnsignedDto unsigned(UnsignedDto input) {
        keys.allowUnsigned(Ids.body(input).allowUnsigned());
        return new UnsignedDto(keys.allowUnsigned());
    }
}
