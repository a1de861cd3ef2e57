package cn.zugong.ui.rules;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.rules.RuleProblem;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.rules.CountyRulePack;
import cn.zugong.core.plugin.rules.CountyRules;
import cn.zugong.core.plugin.rules.RuleChange;
import cn.zugong.core.plugin.rules.RuleRow;
import cn.zugong.core.plugin.rules.RuleVersion;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.ui.Entering;
import cn.zugong.ui.PortalUi;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rules page without a browser, with a training module's bundle behind the portal's texts: the
 * module's labels, the layers of each value, the module's refusal on the field, a saved value.
 */
class RulesViewTest {

    private static final LocalDate NATIONAL = LocalDate.of(2023, 10, 16);
    private static final LocalDate SICHUAN = LocalDate.of(2024, 1, 1);

    /** The county's own values, as the service keeps them. */
    private final Map<String, String> overrides = new HashMap<>();

    private final List<String> saved = new ArrayList<>();

    /** The training pack as a Sichuan county has it: hours.year 90, online.hours 50 (Sichuan: 60), window.years 5. */
    private final CountyRules rules = new CountyRules() {
        @Override
        public List<CountyRulePack> packs() {
            return List.of(new CountyRulePack(
                    "training",
                    "training",
                    List.of(
                            row("hours.year", "90", null),
                            row("online.hours", "50", "60"),
                            row("window.years", "5", null))));
        }
    };

    /** The module refuses more online hours than the 90 hours a year. */
    private final RuleChange change = new RuleChange() {
        @Override
        public List<RuleProblem> apply(String packId, String key, String value) {
            if (!CountyRules.mayEdit()) {
                throw new AccessDeniedException("error.access.denied");
            }
            if (key.equals("online.hours") && !value.isBlank() && Integer.parseInt(value.strip()) > 90) {
                return List.of(new RuleProblem(key, "training.rules.onlineAboveTotal", List.of("90")));
            }
            saved.add(packId + " " + key + "=" + value);
            if (value.isBlank()) {
                overrides.remove(key);
            } else {
                overrides.put(key, value.strip());
            }
            return List.of();
        }
    };

    /** The training module's bundle (test resources), as a running plugin contributes it. */
    private final PluginHost host = new PluginHost() {
        @Override
        public List<ResourceBundle> bundles(Locale locale) {
            return List.of(ResourceBundle.getBundle("rulestest.training", locale));
        }
    };

    @RegisterExtension
    final PortalUi ui = PortalUi.serving(new Routes(), Map.of(PluginHost.class, host));

    private RuleRow row(String key, String national, String province) {
        Optional<String> override = Optional.ofNullable(overrides.get(key));
        return new RuleRow(
                key,
                Optional.of(new RuleVersion(national, NATIONAL)),
                Optional.ofNullable(province).map(v -> new RuleVersion(v, SICHUAN)),
                override,
                Optional.of(override.orElse(province == null ? national : province)));
    }

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        signIn(Tenancy.writing(new TenantId("510115")), CurrentUser.TENANT_ADMIN);
    }

    @AfterEach
    void tearDown() {
        CurrentUserHolder.clear();
        TenancyHolder.clear();
    }

    private static void signIn(Tenancy tenancy, String role) {
        TenancyHolder.set(tenancy);
        CurrentUserHolder.set(new CurrentUser("user", "User", Set.of(role), Set.of()));
    }

    private RulesView view() {
        RulesView view = new RulesView(rules, change);
        UI.getCurrent().add(view);
        assertThat(Entering.refusal(view, "admin/rules")).isEmpty();
        return view;
    }

    private static TextField field(RulesView view, int row) {
        return (TextField) _getCellComponent(view.grid, row, "override");
    }

    private static Button button(RulesView view, int row, String id) {
        Component actions = _getCellComponent(view.grid, row, "actions");
        return _get(actions, Button.class, spec -> spec.withId(id));
    }

    private static List<String> notificationTexts() {
        return getNotifications().stream()
                .map(n -> n.getElement().getProperty("text"))
                .toList();
    }

    @Test
    void longRuleDescriptionsWrapAndTheDatedValuesAreShownWhole() {
        RulesView view = view();

        assertThat(view.grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
        // The dated values share the room and wrap (a long value such as a list of checkpoints must
        // not push the row's buttons out of the window), and none is cut to a fixed width.
        for (String key : List.of("national", "province", "effective")) {
            assertThat(view.grid.getColumnByKey(key).getFlexGrow()).as(key).isPositive();
            assertThat(view.grid.getColumnByKey(key).isAutoWidth()).as(key).isFalse();
        }
        assertThat(view.grid.getColumnByKey("actions").getFlexGrow()).isZero();
    }

    @Test
    void theModulesRulesAreShownInChineseWithTheirNationalProvincialAndCountyValues() {
        overrides.put("hours.year", "100");
        RulesView view = view();

        assertThat(view.pack.getId()).contains("rules-pack");
        assertThat(view.pack.getItemLabelGenerator().apply(view.pack.getValue()))
                .isEqualTo("干部教育培训学时（training）");
        assertThat(view.grid.getId()).contains("rules-grid");
        assertThat(_size(view.grid)).isEqualTo(3);
        assertThat(_getCellComponent(view.grid, 1, "rule").getElement().getTextRecursively())
                .isEqualTo("每年网络学习学时online.hours");
        assertThat(_getFormatted(view.grid, 1, "national")).isEqualTo("50（2023-10-16 起）");
        assertThat(_getFormatted(view.grid, 1, "province")).isEqualTo("60（2024-01-01 起）");
        assertThat(_getFormatted(view.grid, 1, "effective")).isEqualTo("60");
        assertThat(field(view, 1).getId()).contains("rules-override-online.hours");
        assertThat(field(view, 1).getValue()).isEmpty();
        assertThat(field(view, 1).getPlaceholder()).isEqualTo("60");
        assertThat(field(view, 0).getValue()).isEqualTo("100");
        assertThat(_getFormatted(view.grid, 0, "effective")).isEqualTo("100");
        // a rule the module has no label for shows its key alone
        assertThat(_getCellComponent(view.grid, 2, "rule").getElement().getTextRecursively())
                .isEqualTo("window.years");
    }

    @Test
    void aValueTheModuleRefusesShowsItsMessageOnTheFieldAndIsNotSaved() {
        RulesView view = view();
        TextField online = field(view, 1);

        online.setValue("120");
        button(view, 1, "rules-save-online.hours").click();

        assertThat(online.isInvalid()).isTrue();
        assertThat(online.getErrorMessage()).isEqualTo("网络学习学时不能多于每年培训学时（90）");
        assertThat(notificationTexts()).containsExactly("“每年网络学习学时”未保存，请按提示修改。");
        assertThat(saved).isEmpty();
        assertThat(_getFormatted(view.grid, 1, "effective")).isEqualTo("60");
    }

    @Test
    void anAcceptedValueIsSavedAndShownInForce() {
        RulesView view = view();

        field(view, 1).setValue("70");
        button(view, 1, "rules-save-online.hours").click();

        assertThat(saved).containsExactly("training online.hours=70");
        assertThat(notificationTexts()).containsExactly("“每年网络学习学时”已设为 70。");
        assertThat(_getFormatted(view.grid, 1, "effective")).isEqualTo("70");
        assertThat(field(view, 1).getValue()).isEqualTo("70");
        assertThat(field(view, 1).isInvalid()).isFalse();
    }

    @Test
    void resetToInheritedRemovesTheCountysValue() {
        overrides.put("online.hours", "70");
        RulesView view = view();
        assertThat(button(view, 0, "rules-reset-hours.year").isEnabled()).isFalse();

        button(view, 1, "rules-reset-online.hours").click();

        assertThat(saved).containsExactly("training online.hours=");
        assertThat(notificationTexts()).containsExactly("“每年网络学习学时”已恢复为上级的值。");
        assertThat(_getFormatted(view.grid, 1, "effective")).isEqualTo("60");
        assertThat(field(view, 1).getValue()).isEmpty();
    }

    @Test
    void inEnglishTheModulesEnglishTextsAreShown() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        RulesView view = view();

        assertThat(view.pack.getItemLabelGenerator().apply(view.pack.getValue()))
                .isEqualTo("Training credits (training)");
        assertThat(_getFormatted(view.grid, 1, "province")).isEqualTo("60 (from 2024-01-01)");
        field(view, 1).setValue("95");
        button(view, 1, "rules-save-online.hours").click();
        assertThat(field(view, 1).getErrorMessage())
                .isEqualTo("Online hours cannot exceed the yearly training hours (90)");
    }

    @Test
    void anOfficerReadsTheValuesWithoutChangingThem() {
        signIn(Tenancy.writing(new TenantId("510115")), CurrentUser.OFFICER);
        RulesView view = view();

        assertThat(field(view, 1).isReadOnly()).isTrue();
        assertThat(view.grid.getColumnByKey("actions")).isNull();
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("rules-hint"))
                        .getText())
                .isEqualTo("本县（区）已启用模块现行的规则参数。只有本县（区）的单位管理员可以修改。");
    }

    @Test
    void aSupervisorPicksACountyFirstAndAnAuditorIsRefused() {
        signIn(Tenancy.reading(Set.of(new TenantId("510115"), new TenantId("510117"))), TenancyPolicy.SUPERVISOR);
        RulesView view = view();
        assertThat(_find(view, Paragraph.class, spec -> spec.withId("rules-pick-tenant")))
                .hasSize(1);
        assertThat(_find(view, TextField.class)).isEmpty();

        signIn(Tenancy.writing(new TenantId("510115")), "tenant-auditor");
        assertThat(RulesView.mayOpen()).isFalse();
        assertThat(Entering.refusal(new RulesView(rules, change), "admin/rules"))
                .containsInstanceOf(AccessDeniedException.class);
    }
}
