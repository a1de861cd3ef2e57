package cn.zugong.testkit.context;

import cn.zugong.api.rules.RulePack;
import cn.zugong.api.tenant.TenantContext;
import cn.zugong.api.tenant.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Sets up an {@link InMemoryPluginContext}: by default a Wenjiang officer ({@link
 * CadreFixtures#WENJIANG}) on today's date, without rule packs and without a database.
 */
public final class InMemoryPluginContextBuilder {

    final String pluginId;
    List<Class<?>> entities;
    List<RulePack> rulePacks = List.of();
    TenantContext tenancy = TestTenancy.writing(CadreFixtures.WENJIANG);
    LocalDate today = LocalDate.now(InMemoryPluginContext.ZONE);

    InMemoryPluginContextBuilder(String pluginId) {
        this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
    }

    /**
     * The plugin's entity classes (its {@code PluginEntities}' {@code entityClasses()}): the
     * context then migrates an H2 database with the plugin's scripts and maps them on it.
     */
    public InMemoryPluginContextBuilder entities(List<Class<?>> entities) {
        this.entities = List.copyOf(entities);
        return this;
    }

    /** The plugin's rule packs (its {@code RulePackContribution}'s {@code rulePacks()}). */
    public InMemoryPluginContextBuilder rulePacks(List<RulePack> rulePacks) {
        this.rulePacks = List.copyOf(rulePacks);
        return this;
    }

    /** Requests act for an officer of {@code county}. */
    public InMemoryPluginContextBuilder county(TenantId county) {
        return tenancy(TestTenancy.writing(county));
    }

    /** Requests act for {@code tenancy}. */
    public InMemoryPluginContextBuilder tenancy(TenantContext tenancy) {
        this.tenancy = Objects.requireNonNull(tenancy, "tenancy");
        return this;
    }

    /** The clock stands at 09:00 of {@code day}. */
    public InMemoryPluginContextBuilder today(LocalDate day) {
        this.today = Objects.requireNonNull(day, "day");
        return this;
    }

    /** The context, with its database migrated when it has entities. */
    public InMemoryPluginContext build() {
        return InMemoryPluginContext.build(this);
    }
}
