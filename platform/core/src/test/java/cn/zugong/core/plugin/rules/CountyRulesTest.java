package cn.zugong.core.plugin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.rules.RuleProblem;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.context.RuleOverride;
import cn.zugong.core.plugin.context.RuleOverrides;
import cn.zugong.core.plugin.domain.PluginRules;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.core.testdb.RecordingEvent;
import cn.zugong.core.testdb.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules page's service on the portal's schema (H2): the county's view of its enabled plugins'
 * packs (national, Sichuan's, its own, in force on the platform's date) and the administrator's
 * change, checked by the plugin before it is saved.
 */
class CountyRulesTest {

    private final RecordingEvent<RulesChanged> changed = new RecordingEvent<>();
    private static final String WENJIANG = "510115";
    private static final String PIDU = "510117";
    private static final Clock MARCH_2026 =
            Clock.fixed(Instant.parse("2026-03-15T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final TrainingLikeRules training = new TrainingLikeRules();
    private final TrainingLikeRules other = new TrainingLikeRules();
    private final Set<String> enabled = new java.util.HashSet<>(Set.of("training"));
    private final List<String> failed = new ArrayList<>();

    /** The running plugins "training" and "other", without PF4J; the host's guard as it is. */
    private final PluginHost host = new PluginHost() {
        @Override
        public List<PluginRules> rules(Set<String> enabledHere) {
            return List.of(new PluginRules("other", other), new PluginRules("training", training)).stream()
                    .filter(r -> enabledHere.contains(r.pluginId()))
                    .toList();
        }

        @Override
        public void fail(String id, String extension, Throwable cause) {
            failed.add(id);
        }
    };

    private TestDatabase db;
    private EntityManager em;
    private CountyRules rules;
    private RuleChange change;

    @BeforeEach
    void migrate() throws Exception {
        db = new TestDatabase(RuleOverride.class);
        db.tenant(WENJIANG);
        db.tenant(PIDU);
    }

    @AfterEach
    void close() {
        if (em != null) {
            em.close();
        }
        db.close();
        TenancyHolder.clear();
        CurrentUserHolder.clear();
    }

    private void as(Tenancy tenancy, String role) {
        if (em != null) {
            em.close();
        }
        TenancyHolder.set(tenancy);
        CurrentUserHolder.set(new CurrentUser("wj-admin", "Admin", Set.of(role), Set.of()));
        em = db.entityManager();
        RuleOverrides overrides = TestDatabase.wire(new RuleOverrides(), "em", em);
        TestDatabase.wire(overrides, "audit", TestDatabase.auditTrail(em));
        PluginEnablementService enablement = new PluginEnablementService() {
            @Override
            public Set<String> enabledForCurrentTenant() {
                return TenancyHolder.current().readable().size() == 1 ? Set.copyOf(enabled) : Set.of();
            }
        };
        rules = new CountyRules();
        rules.host = host;
        rules.enablement = enablement;
        rules.overrides = overrides;
        rules.clock = MARCH_2026;
        change = new RuleChange();
        change.rules = rules;
        change.overrides = overrides;
        change.host = host;
        change.rulesChanged = changed;
    }

    private void admin() {
        as(Tenancy.writing(new TenantId(WENJIANG)), CurrentUser.TENANT_ADMIN);
    }

    private <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            return work.get();
        } finally {
            em.getTransaction().commit();
        }
    }

    private List<RuleProblem> apply(String key, String value) {
        return inTransaction(() -> change.apply("training", key, value));
    }

    private void override(String county, String key, String value) throws Exception {
        db.execute(
                "insert into plugin_rule_override (tenant_id, id, pack_id, rule_key, rule_value, changed_by, changed_at)"
                        + " values (?, ?, 'training', ?, ?, 'earlier', timestamp '2025-01-01 00:00:00')",
                county,
                UUID.randomUUID(),
                key,
                value);
    }

    private Map<String, RuleRow> rows() {
        List<CountyRulePack> packs = rules.packs();
        assertThat(packs).extracting(CountyRulePack::packId).containsExactly("training");
        return packs.getFirst().rows().stream().collect(Collectors.toMap(RuleRow::key, r -> r));
    }

    private Optional<String> inForce(String key) {
        return rows().get(key).effective();
    }

    @Test
    void eachKeyShowsTheNationalAndProvincialVersionsInForceTheCountysOwnValueAndTheResult() throws Exception {
        override(WENJIANG, "hours.year", "100");
        override(PIDU, "window.years", "3");
        admin();

        Map<String, RuleRow> rows = rows();

        assertThat(rows.keySet()).containsExactlyInAnyOrder("hours.year", "online.hours", "window.years");
        RuleRow hours = rows.get("hours.year");
        assertThat(hours.national()).contains(new RuleVersion("90", TrainingLikeRules.NATIONAL_2023));
        assertThat(hours.province()).isEmpty();
        assertThat(hours.override()).contains("100");
        assertThat(hours.effective()).contains("100");
        RuleRow online = rows.get("online.hours");
        assertThat(online.national()).contains(new RuleVersion("50", TrainingLikeRules.NATIONAL_2023));
        assertThat(online.province()).contains(new RuleVersion("60", TrainingLikeRules.SICHUAN_2024));
        assertThat(online.override()).isEmpty();
        assertThat(online.effective()).contains("60");
        assertThat(rows.get("window.years").override()).isEmpty();
        assertThat(rows.get("window.years").effective()).contains("5");
    }

    @Test
    void theVersionsShownAreThoseInForceOnThePlatformsDate() {
        admin();
        rules.clock = Clock.fixed(Instant.parse("2023-12-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));

        Map<String, RuleRow> rows = rows();

        assertThat(rows.get("online.hours").national())
                .contains(new RuleVersion("50", TrainingLikeRules.NATIONAL_2023));
        assertThat(rows.get("online.hours").province()).isEmpty();
        assertThat(rows.get("online.hours").effective()).contains("50");
    }

    @Test
    void onlyThePacksOfPluginsTheCountyEnabledAreShown() {
        admin();
        enabled.clear();
        assertThat(rules.packs()).isEmpty();

        enabled.addAll(Set.of("training", "other"));
        assertThat(rules.packs())
                .extracting(CountyRulePack::pluginId, CountyRulePack::packId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("other", "training"),
                        org.assertj.core.groups.Tuple.tuple("training", "training"));
    }

    @Test
    void aSupervisorReadingOneCountySeesItsValuesAndOverSeveralCountiesNothing() throws Exception {
        override(WENJIANG, "hours.year", "100");
        as(Tenancy.reading(Set.of(new TenantId(WENJIANG))), TenancyPolicy.SUPERVISOR);
        assertThat(CountyRules.county()).contains(new TenantId(WENJIANG));
        assertThat(CountyRules.mayEdit()).isFalse();
        assertThat(inForce("hours.year")).contains("100");

        as(Tenancy.reading(Set.of(new TenantId(WENJIANG), new TenantId(PIDU))), TenancyPolicy.SUPERVISOR);
        assertThat(CountyRules.county()).isEmpty();
        assertThat(rules.packs()).isEmpty();
    }

    @Test
    void anAuditorOfTheCountyIsNotShownItsRules() {
        as(Tenancy.reading(Set.of(new TenantId(WENJIANG))), "tenant-auditor");

        assertThatThrownBy(() -> rules.packs()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aValueThePluginRefusesIsNotSavedAndItsProblemsAreReturned() throws Exception {
        admin();

        List<RuleProblem> problems = apply("online.hours", "120");

        assertThat(problems)
                .containsExactly(new RuleProblem("online.hours", "training.rules.onlineAboveTotal", List.of("90")));
        assertThat(training.checked.getFirst())
                .containsEntry("online.hours", "120")
                .containsEntry("hours.year", "90");
        assertThat(db.count("select count(*) from plugin_rule_override")).isZero();
        assertThat(db.count("select count(*) from audit_event")).isZero();
        assertThat(inForce("online.hours")).contains("60");
        assertThat(changed.fired).as("nothing changed, no job need catch up").isEmpty();
    }

    @Test
    void aValueThePluginAcceptsIsSavedAuditedAndInForce() throws Exception {
        admin();

        assertThat(apply("online.hours", " 70 ")).isEmpty();

        assertThat(rows().get("online.hours").override()).contains("70");
        assertThat(inForce("online.hours")).contains("70");
        assertThat(db.count(
                        "select count(*) from audit_event where action = 'plugin.rule.override' and tenant_id = ?",
                        WENJIANG))
                .isEqualTo(1);
        // The county's jobs (reminders) follow the new value at their next tick.
        assertThat(changed.fired).containsExactly(new RulesChanged(new TenantId(WENJIANG), "training"));
    }

    @Test
    void aBlankValueRemovesTheOverrideSoTheProvincesValueIsInForceAgain() throws Exception {
        override(WENJIANG, "online.hours", "70");
        admin();

        assertThat(apply("online.hours", "  ")).isEmpty();

        assertThat(rows().get("online.hours").override()).isEmpty();
        assertThat(inForce("online.hours")).contains("60");
        assertThat(db.count("select count(*) from plugin_rule_override")).isZero();
    }

    @Test
    void removingAnOverrideIsCheckedToo() throws Exception {
        override(WENJIANG, "hours.year", "100");
        override(WENJIANG, "online.hours", "95");
        admin();

        List<RuleProblem> problems = apply("hours.year", "");

        assertThat(problems).extracting(RuleProblem::messageKey).containsExactly("training.rules.onlineAboveTotal");
        assertThat(inForce("hours.year")).contains("100");
    }

    @Test
    void aProblemTheCountyAlreadyHadDoesNotBlockAChangeOfAnotherKey() throws Exception {
        override(WENJIANG, "hours.year", "many");
        admin();

        assertThat(apply("window.years", "6")).isEmpty();
        assertThat(apply("online.hours", "0"))
                .containsExactly(new RuleProblem("online.hours", "training.rules.notPositive", List.of("0")));

        assertThat(inForce("window.years")).contains("6");
        assertThat(inForce("online.hours")).contains("60");
    }

    @Test
    void onlyTheCountysTenantAdminMayChangeAValueAndThePluginIsNotAsked() {
        as(Tenancy.writing(new TenantId(WENJIANG)), CurrentUser.OFFICER);
        assertThatThrownBy(() -> change.apply("training", "online.hours", "70"))
                .isInstanceOf(AccessDeniedException.class);
        as(Tenancy.reading(Set.of(new TenantId(WENJIANG))), CurrentUser.TENANT_ADMIN);
        assertThatThrownBy(() -> change.apply("training", "online.hours", "70"))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(training.checked).isEmpty();
    }

    @Test
    void aPluginWhoseCheckThrowsLeavesTheValueUnsavedWithTheFailureReported() throws Exception {
        admin();
        training.failure = new IllegalStateException("bug");

        List<RuleProblem> problems = apply("online.hours", "70");

        assertThat(problems)
                .containsExactly(new RuleProblem("online.hours", RuleChange.CHECK_FAILED, List.of("training")));
        assertThat(failed).containsExactly("training");
        assertThat(db.count("select count(*) from plugin_rule_override")).isZero();
    }

    @Test
    void keysNoVersionForTheCountyHasAndPacksOfPluginsNotEnabledAreRefused() throws Exception {
        admin();

        assertThat(apply("yunnan.only", "2"))
                .extracting(RuleProblem::messageKey)
                .containsExactly("rules.error.unknownKey");
        enabled.clear();
        assertThat(apply("online.hours", "70"))
                .extracting(RuleProblem::messageKey)
                .containsExactly("rules.error.unknownPack");
        assertThat(training.checked).isEmpty();
        assertThat(db.count("select count(*) from plugin_rule_override")).isZero();
    }

    @Test
    void anotherCountysOverrideIsNeitherShownNorChanged() throws Exception {
        override(PIDU, "online.hours", "70");
        admin();

        assertThat(rows().get("online.hours").override()).isEmpty();
        assertThat(apply("online.hours", "65")).isEmpty();

        assertThat(db.count(
                        "select count(*) from plugin_rule_override where tenant_id = ? and rule_value = '70'", PIDU))
                .isEqualTo(1);
        assertThat(inForce("online.hours")).contains("65");
    }
}
