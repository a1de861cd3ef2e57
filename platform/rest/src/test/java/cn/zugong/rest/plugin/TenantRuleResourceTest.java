package cn.zugong.rest.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.zugong.api.rules.RuleProblem;
import cn.zugong.core.plugin.rules.CountyRulePack;
import cn.zugong.core.plugin.rules.CountyRules;
import cn.zugong.core.plugin.rules.RuleChange;
import cn.zugong.core.plugin.rules.RuleRow;
import cn.zugong.core.plugin.rules.RuleVersion;
import cn.zugong.rest.ProblemDetail;
import cn.zugong.rest.ProblemTexts;
import cn.zugong.rest.Problems;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules over REST: the layers of each key, and a module's refusal as a validation problem naming the key. */
class TenantRuleResourceTest {

    private static final LocalDate NATIONAL = LocalDate.of(2023, 10, 16);

    private final Map<String, String> overrides = new HashMap<>();

    private final TenantRuleResource resource = new TenantRuleResource();

    {
        resource.rules = new CountyRules() {
            @Override
            public List<CountyRulePack> packs() {
                Optional<String> own = Optional.ofNullable(overrides.get("online.hours"));
                return List.of(new CountyRulePack(
                        "training",
                        "training",
                        List.of(new RuleRow(
                                "online.hours",
                                Optional.of(new RuleVersion("50", NATIONAL)),
                                Optional.empty(),
                                own,
                                Optional.of(own.orElse("50"))))));
            }
        };
        resource.change = new RuleChange() {
            @Override
            public List<RuleProblem> apply(String packId, String key, String value) {
                if (value != null && value.equals("120")) {
                    return List.of(new RuleProblem(key, "training.rules.onlineAboveTotal", List.of("90")));
                }
                if (value == null || value.isBlank()) {
                    overrides.remove(key);
                } else {
                    overrides.put(key, value);
                }
                return List.of();
            }
        };
    }

    @Test
    void eachKeyListsItsLayersWithAbsentOnesLeftOut() {
        TenantRuleResource.RuleDto rule = resource.list().getFirst().rules().getFirst();

        assertThat(rule.key()).isEqualTo("online.hours");
        assertThat(rule.national()).isEqualTo(new TenantRuleResource.VersionDto("50", NATIONAL));
        assertThat(rule.province()).isNull();
        assertThat(rule.override()).isNull();
        assertThat(rule.effective()).isEqualTo("50");
    }

    @Test
    void anAcceptedValueAnswersTheKeyInForceAndNullInheritsAgain() {
        assertThat(resource.set("training", "online.hours", new TenantRuleResource.ValueInput("70"))
                        .effective())
                .isEqualTo("70");
        assertThat(resource.set("training", "online.hours", new TenantRuleResource.ValueInput(null))
                        .effective())
                .isEqualTo("50");
    }

    @Test
    void aValueTheModuleRefusesIsAValidationProblemWithTheModulesReasonOnTheKey() {
        Throwable refused = catchThrowable(
                () -> resource.set("training", "online.hours", new TenantRuleResource.ValueInput("120")));

        Map<String, String> moduleTexts =
                Map.of("training.rules.onlineAboveTotal", "Online hours cannot exceed the yearly training hours ({0})");
        ProblemDetail detail = new ProblemTexts((key, locale) -> moduleTexts.getOrDefault(key, key))
                .render(Problems.classify(refused), Locale.ENGLISH, "/api/v1/tenant/rules/training/online.hours");
        assertThat(detail.status()).isEqualTo(400);
        assertThat(detail.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("online.hours");
            assertThat(error.code()).isEqualTo("training.rules.onlineAboveTotal");
            assertThat(error.detail()).isEqualTo("Online hours cannot exceed the yearly training hours (90)");
        });
        assertThat(overrides).isEmpty();
    }
}
