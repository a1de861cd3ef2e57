package cn.zugong.rest.admin;

import cn.zugong.core.admin.CountyUsers;
import cn.zugong.core.admin.IdentityAdmin;
import cn.zugong.rest.Ids;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A county's tenant-admin's users: list, add with county roles and a temporary password, change
 * roles, reset the password, disable. A user of another county answers 404; a platform role is
 * refused as invalid; everyone but a tenant-admin gets 403.
 */
@Path("tenant/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CountyUserResource {

    @Inject
    CountyUsers users;

    @Context
    UriInfo uri;

    @GET
    public List<UserDto> list() {
        return users.list().stream().map(UserDto::of).toList();
    }

    @GET
    @Path("{id}")
    public UserDto get(@PathParam("id") String id) {
        return UserDto.of(users.find(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PasswordDto.class)))
    public Response add(UserInput input) {
        Ids.body(input);
        CountyUsers.WithPassword added = users.add(
                new IdentityAdmin.NewUser(
                        input.username(),
                        input.displayName(),
                        input.email(),
                        MailLanguage.parse("language", input.language())),
                roles(input.roles()));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(added.user().id()).build())
                .entity(new PasswordDto(UserDto.of(added.user()), added.temporaryPassword(), added.mailed()))
                .build();
    }

    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserDto roles(@PathParam("id") String id, RolesInput input) {
        return UserDto.of(users.setRoles(id, roles(Ids.body(input).roles())));
    }

    @POST
    @Path("{id}/reset-password")
    public PasswordDto resetPassword(@PathParam("id") String id) {
        CountyUsers.WithPassword reset = users.resetPassword(id);
        return new PasswordDto(UserDto.of(reset.user()), reset.temporaryPassword(), false);
    }

    @POST
    @Path("{id}/disable")
    public UserDto disable(@PathParam("id") String id) {
        return UserDto.of(users.disable(id));
    }

    private static Set<String> roles(List<String> roles) {
        return roles == null ? Set.of() : new HashSet<>(roles);
    }
}
