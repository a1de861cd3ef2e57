package cn.zugong.rest.plugin;

import cn.zugong.api.rules.RuleProblem;
import cn.zugong.core.plugin.rules.CountyRulePack;
import cn.zugong.core.plugin.rules.CountyRules;
import cn.zugong.core.plugin.rules.RuleChange;
import cn.zugong.core.plugin.rules.RuleRow;
import cn.zugong.core.plugin.rules.RuleVersion;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rule packs of the county's enabled modules, as the rules page shows them, and (for its
 * tenant-admin) the county's own value of a key: {@code {"value": "70"}}, blank or null to inherit
 * again. A value the module refuses answers the API's validation problem with the module's reasons.
 */
@Path("tenant/rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TenantRuleResource {

    @Inject
    CountyRules rules;

    @Inject
    RuleChange change;

    public record VersionDto(String value, LocalDate effectiveFrom) {}

    /** One key; absent layers are null. */
    public record RuleDto(String key, VersionDto national, VersionDto province, String override, String effective) {}

    public record PackDto(String pluginId, String packId, List<RuleDto> rules) {}

    public record ValueInput(String value) {}

    @GET
    public List<PackDto> list() {
        return rules.packs().stream().map(TenantRuleResource::pack).toList();
    }

    @PUT
    @Path("{packId}/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RuleDto set(@PathParam("packId") String packId, @PathParam("key") String key, ValueInput input) {
        List<RuleProblem> problems = change.apply(packId, key, input == null ? null : input.value());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.stream()
                    .map(p -> new Problem(p.ruleKey(), p.messageKey(), p.args()))
                    .toList());
        }
        return rules.packs().stream()
                .filter(p -> p.packId().equals(packId))
                .flatMap(p -> p.rows().stream())
                .filter(row -> row.key().equals(key))
                .findFirst()
                .map(TenantRuleResource::rule)
                .orElseThrow();
    }

    static PackDto pack(CountyRulePack pack) {
        return new PackDto(
                pack.pluginId(),
                pack.packId(),
                pack.rows().stream().map(TenantRuleResource::rule).toList());
    }

    static RuleDto rule(RuleRow row) {
        return new RuleDto(
                row.key(),
                version(row.national()),
                version(row.province()),
                row.override().orElse(null),
                row.effective().orElse(null));
    }

    private static VersionDto version(Optional<RuleVersion> version) {
        return version.map(v -> new VersionDto(v.value(), v.effectiveFrom())).orElse(null);
    }
}
