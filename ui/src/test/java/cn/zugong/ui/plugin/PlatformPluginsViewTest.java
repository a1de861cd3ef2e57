package cn.zugong.ui.plugin;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.plugin.data.KeptData;
import cn.zugong.core.plugin.domain.PluginState;
import cn.zugong.core.plugin.install.PluginContents;
import cn.zugong.core.plugin.install.PluginReview;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.validation.Problem;
import cn.zugong.ui.Entering;
import cn.zugong.ui.PortalUi;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform-sysadmin's module page without a browser, on in-memory services. */
@ExtendWith(PortalUi.class)
class PlatformPluginsViewTest {

    private static final byte[] JAR = {'P', 'K', 3, 4, 'j', 'a', 'r'};
    static final String WENJIANG = "510115";
    static final String PIDU = "510117";

    private final PlatformPluginsFakes.Registry registry = new PlatformPluginsFakes.Registry();
    private final PlatformPluginsFakes.Installer installer = new PlatformPluginsFakes.Installer(registry);

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        signIn(CurrentUser.PLATFORM_SYSADMIN);
    }

    @AfterEach
    void tearDown() {
        CurrentUserHolder.clear();
        TenancyHolder.clear();
    }

    private static void signIn(String role) {
        CurrentUserHolder.set(new CurrentUser("user", "User", Set.of(role), Set.of()));
    }

    private PlatformPluginsView view() {
        PlatformPluginsView view = new PlatformPluginsView(installer, registry, new PlatformPluginsFakes.Directory());
        UI.getCurrent().add(view);
        assertThat(Entering.refusal(view, "admin/platform/plugins")).isEmpty();
        return view;
    }

    private void upload(PlatformPluginsView view) {
        UploadKt._upload(view.upload, "training-1.1.0.jar", "application/java-archive", JAR);
        MockVaadin.clientRoundtrip(false);
    }

    private static List<String> notificationTexts() {
        return getNotifications().stream()
                .map(n -> n.getElement().getProperty("text"))
                .toList();
    }

    @Test
    void onlyThePlatformSysadminMayOpenThePage() {
        for (String role : List.of(CurrentUser.PLATFORM_SECADMIN, CurrentUser.TENANT_ADMIN, "supervisor")) {
            signIn(role);
            PlatformPluginsView view =
                    new PlatformPluginsView(installer, registry, new PlatformPluginsFakes.Directory());
            Optional<Exception> refusal = Entering.refusal(view, "admin/platform/plugins");
            assertThat(refusal).as(role).containsInstanceOf(AccessDeniedException.class);
            assertThat(view.getChildren()).as(role).isEmpty();
            assertThat(PlatformPluginsView.mayOpen()).as(role).isFalse();
        }
        assertThat(installer.calls).isEmpty();
    }

    @Test
    void aRefusedJarShowsEveryProblemInChineseAndCannotBeInstalled() {
        installer.review = new PluginReview(
                Optional.of(PlatformPluginsFakes.manifest(
                        "training", "1.1.0", List.of("training.view"), List.of("cadres.read"))),
                "abc",
                Optional.empty(),
                Optional.of("1.0.0"),
                List.of(
                        new Problem("jar", "plugin.refused.unsigned"),
                        new Problem("jar", "plugin.refused.requires", List.of(">=2.0.0", "1.0.0"))));
        PlatformPluginsView view = view();
        assertThat(view.review.isVisible()).isFalse();

        upload(view);

        assertThat(installer.calls).containsExactly("review " + JAR.length);
        assertThat(view.review.isVisible()).isTrue();
        assertThat(view.review.getId()).contains("plugin-review");
        assertThat(_find(view.review.problems, ListItem.class).stream().map(ListItem::getText))
                .containsExactly("模块没有签名。只能安装经可信厂商签名的模块（允许未签名模块仅限开发环境）。", "模块要求的平台接口版本为“>=2.0.0”，与本平台的接口版本 1.0.0 不兼容。");
        assertThat(span(view, "plugin-review-id")).isEqualTo("training");
        assertThat(span(view, "plugin-review-signer")).isEqualTo("未签名");
        assertThat(span(view, "plugin-review-replaces")).isEqualTo("1.0.0");
        assertThat(span(view, "plugin-review-permissions")).isEqualTo("training.view");
        assertThat(span(view, "plugin-review-data")).startsWith("读取本县（区）干部的基本信息");
        assertThat(view.review.install.getId()).contains("plugin-install");
        assertThat(view.review.install.isEnabled()).isFalse();
    }

    @Test
    void anUnknownDataAccessCodeIsShownAsItIs() {
        installer.review = new PluginReview(
                Optional.of(PlatformPluginsFakes.manifest(
                        "training", "1.1.0", List.of(), List.of("cadres.read", "units.write"))),
                "abc",
                Optional.of("CN=Zugong Labs"),
                Optional.empty(),
                List.of());
        PlatformPluginsView view = view();

        upload(view);

        assertThat(span(view, "plugin-review-data")).isEqualTo("读取本县（区）干部的基本信息（姓名、出生日期、单位、职务），只读、units.write");
        assertThat(span(view, "plugin-review-signer")).isEqualTo("CN=Zugong Labs");
        assertThat(span(view, "plugin-review-replaces")).isEqualTo("无（新安装）");
        assertThat(span(view, "plugin-review-permissions")).isEqualTo("无");
    }

    @Test
    void theReviewListsWhatTheJarShipsAndTheDataKeptFromAnEarlierInstallation() {
        installer.review = new PluginReview(
                Optional.of(PlatformPluginsFakes.manifest(
                        "health-exam", "1.0.0", List.of("health-exam.manage"), List.of())),
                "abc",
                Optional.of("CN=Acme"),
                Optional.empty(),
                List.of(),
                new PluginContents(
                        List.of("V1__exams.sql", "V2__results.sql"),
                        List.of("hexam_exam", "hexam_result"),
                        List.of("com.acme.exam.ExamGate"),
                        List.of()),
                Optional.of(new KeptData(2, 41)));
        PlatformPluginsView view = view();

        upload(view);

        assertThat(span(view, "plugin-review-migrations")).isEqualTo("V1__exams.sql、V2__results.sql");
        assertThat(span(view, "plugin-review-tables")).isEqualTo("hexam_exam、hexam_result");
        assertThat(span(view, "plugin-review-gates")).isEqualTo("com.acme.exam.ExamGate");
        assertThat(span(view, "plugin-review-jobs")).isEqualTo("无");
        assertThat(_get(view.review, Paragraph.class, spec -> spec.withId("plugin-review-kept"))
                        .getText())
                .startsWith("保留着此前安装的数据：2 张表，41 行。");
    }

    @Test
    void anAcceptableJarIsInstalledAndItsStateAnnounced() {
        installer.review = new PluginReview(
                Optional.of(PlatformPluginsFakes.manifest("training", "1.1.0", List.of("training.view"), List.of())),
                "abc",
                Optional.of("CN=Zugong Labs"),
                Optional.empty(),
                List.of());
        PlatformPluginsView view = view();
        upload(view);
        assertThat(view.review.install.isEnabled()).isTrue();

        view.review.install.click();

        assertThat(installer.installedJar).isEqualTo(JAR);
        assertThat(notificationTexts()).contains("模块 training 1.1.0 已安装，状态：已启用。");
        assertThat(view.review.isVisible()).isFalse();
        assertThat(_size(view.grid)).isEqualTo(1);
    }

    @Test
    void aPluginThatFailsToStartIsAnnouncedWithTheReason() {
        installer.review = new PluginReview(
                Optional.of(PlatformPluginsFakes.manifest("training", "1.1.0", List.of(), List.of())),
                "abc",
                Optional.of("CN=Zugong Labs"),
                Optional.empty(),
                List.of());
        installer.installedState = PluginState.FAILED;
        installer.installedMessage = "plugin.failed.migration: V2__hours.sql: syntax error";
        PlatformPluginsView view = view();
        upload(view);

        view.review.install.click();

        assertThat(notificationTexts())
                .contains("模块 training 1.1.0 已安装，状态：运行失败。 模块数据表迁移失败: V2__hours.sql: syntax error");
        assertThat(_getFormattedRow(view.grid, 0).get(3)).isEqualTo("模块数据表迁移失败: V2__hours.sql: syntax error");
    }

    @Test
    void theGridShowsStatesSignersOffersAndTheActionsEachStateAllows() {
        registry.put(PlatformPluginsFakes.record("alpha", "1.0.0", PluginState.ENABLED, null, "CN=Zugong Labs"));
        registry.put(PlatformPluginsFakes.record("beta", "2.0.0", PluginState.DISABLED, null, "unsigned"));
        registry.put(PlatformPluginsFakes.record("gamma", "0.9.0", PluginState.UNINSTALLED, null, "bundled"));
        registry.offer("alpha", true, Set.of());
        registry.offer("beta", false, Set.of(WENJIANG, PIDU));

        PlatformPluginsView view = view();

        assertThat(view.grid.getId()).contains("platform-plugins-grid");
        assertThat(_size(view.grid)).isEqualTo(3);
        assertThat(_getFormattedRow(view.grid, 0).subList(0, 6))
                .containsExactly("alpha", "1.0.0", "已启用", "", "CN=Zugong Labs", "全部单位");
        assertThat(_getFormattedRow(view.grid, 1).subList(0, 6))
                .containsExactly("beta", "2.0.0", "已停用", "", "未签名", "温江区、郫都区");
        assertThat(_getFormattedRow(view.grid, 2).subList(0, 6))
                .containsExactly("gamma", "0.9.0", "已卸载（数据保留）", "", "服务器预置", "尚未提供");
        assertThat(actionIds(view, 0))
                .containsExactly(
                        "plugin-disable-alpha", "plugin-offers-alpha", "plugin-uninstall-alpha", "plugin-export-alpha");
        assertThat(actionIds(view, 1))
                .containsExactly(
                        "plugin-enable-beta", "plugin-offers-beta", "plugin-uninstall-beta", "plugin-export-beta");
        assertThat(actionIds(view, 2)).containsExactly("plugin-export-gamma", "plugin-purge-gamma");
    }

    @Test
    void enablingAndDisablingChangeTheRow() {
        registry.put(PlatformPluginsFakes.record("alpha", "1.0.0", PluginState.ENABLED, null, "CN=Zugong Labs"));
        PlatformPluginsView view = view();

        button(view, 0, "plugin-disable-alpha").click();
        assertThat(_getFormattedRow(view.grid, 0).get(2)).isEqualTo("已停用");

        button(view, 0, "plugin-enable-alpha").click();
        assertThat(_getFormattedRow(view.grid, 0).get(2)).isEqualTo("已启用");
        assertThat(installer.calls).containsExactly("disable alpha", "enable alpha");
        assertThat(notificationTexts()).contains("模块 alpha 已停用。", "模块 alpha 1.0.0 已重新启动，状态：已启用。");
    }

    @Test
    void theOffersDialogListsOnlyCountiesAndSavesThePick() {
        registry.put(PlatformPluginsFakes.record("alpha", "1.0.0", PluginState.ENABLED, null, "CN=Zugong Labs"));
        registry.offer("alpha", false, Set.of(WENJIANG));
        PlatformPluginsView view = view();

        button(view, 0, "plugin-offers-alpha").click();

        Checkbox all = _get(Checkbox.class, spec -> spec.withId("offers-all"));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> tenants = _get(MultiSelectComboBox.class, spec -> spec.withId("offers-tenants"));
        assertThat(all.getValue()).isFalse();
        assertThat(tenants.getListDataView().getItems()).containsExactly(WENJIANG, PIDU);
        assertThat(tenants.getValue()).containsExactly(WENJIANG);

        tenants.setValue(Set.of(WENJIANG, PIDU));
        _get(Button.class, spec -> spec.withId("offers-save")).click();

        assertThat(installer.calls).containsExactly("offer alpha false [510115, 510117]");
        assertThat(_getFormattedRow(view.grid, 0).get(5)).isEqualTo("温江区、郫都区");
    }

    @Test
    void offeringToAllTenantsIgnoresThePick() {
        registry.put(PlatformPluginsFakes.record("alpha", "1.0.0", PluginState.ENABLED, null, "CN=Zugong Labs"));
        registry.offer("alpha", false, Set.of(WENJIANG));
        PlatformPluginsView view = view();
        button(view, 0, "plugin-offers-alpha").click();

        _get(Checkbox.class, spec -> spec.withId("offers-all")).setValue(true);
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withId("offers-tenants"))
                        .isEnabled())
                .isFalse();
        _get(Button.class, spec -> spec.withId("offers-save")).click();

        assertThat(installer.calls).containsExactly("offer alpha true []");
        assertThat(_getFormattedRow(view.grid, 0).get(5)).isEqualTo("全部单位");
    }

    @Test
    void uninstallingIsConfirmedFirstAndKeepsTheData() {
        registry.put(PlatformPluginsFakes.record("alpha", "1.0.0", PluginState.ENABLED, null, "CN=Zugong Labs"));
        PlatformPluginsView view = view();

        button(view, 0, "plugin-uninstall-alpha").click();
        assertThat(installer.calls).isEmpty();
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("plugin-uninstall-confirm"));
        confirm(confirm);

        assertThat(installer.calls).containsExactly("uninstall alpha");
        assertThat(notificationTexts()).contains("模块 alpha 已卸载，数据已保留。");
        assertThat(actionIds(view, 0)).containsExactly("plugin-export-alpha", "plugin-purge-alpha");
    }

    @Test
    void aPurgeBeforeAnExportIsRefusedInWords() {
        registry.put(PlatformPluginsFakes.record("gamma", "0.9.0", PluginState.UNINSTALLED, null, "bundled"));
        PlatformPluginsView view = view();

        button(view, 0, "plugin-purge-gamma").click();
        confirm(_get(ConfirmDialog.class, spec -> spec.withId("plugin-purge-confirm")));

        assertThat(notificationTexts()).contains("请先导出该模块的数据：清除前须在卸载之后导出过一次。");
        assertThat(_size(view.grid)).isEqualTo(1);

        registry.find("gamma").orElseThrow().exported(Instant.now());
        button(view, 0, "plugin-purge-gamma").click();
        confirm(_find(ConfirmDialog.class, spec -> spec.withId("plugin-purge-confirm"))
                .getLast());
        assertThat(_size(view.grid)).isZero();
    }

    @Test
    void theExportIsAZipNamedAfterThePlugin() throws Exception {
        registry.put(PlatformPluginsFakes.record("gamma", "0.9.0", PluginState.UNINSTALLED, null, "bundled"));
        PlatformPluginsView view = view();
        assertThat(action(view, 0, "plugin-export-gamma")).isInstanceOf(Anchor.class);

        DownloadResponse response = view.export("gamma");

        assertThat(response.getFileName()).isEqualTo("gamma-data.zip");
        assertThat(response.getContentType()).isEqualTo("application/zip");
        assertThat(response.getInputStream().readAllBytes()).startsWith('P', 'K');
        assertThat(installer.calls).containsExactly("export gamma");
    }

    @Test
    void theEnglishPageSpeaksEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        registry.put(PlatformPluginsFakes.record(
                "alpha", "1.0.0", PluginState.FAILED, "plugin.failed.start: boom", "unsigned"));

        PlatformPluginsView view = view();

        assertThat(_getFormattedRow(view.grid, 0).subList(2, 6))
                .containsExactly("Failed", "The module failed to start: boom", "Unsigned", "Not offered yet");
    }

    private static String span(PlatformPluginsView view, String id) {
        return _get(view.review, Span.class, spec -> spec.withId(id)).getText();
    }

    private static List<String> actionIds(PlatformPluginsView view, int row) {
        return _getCellComponent(view.grid, row, "actions")
                .getChildren()
                .map(c -> c.getId().orElse(""))
                .collect(Collectors.toList());
    }

    private static Component action(PlatformPluginsView view, int row, String id) {
        return _getCellComponent(view.grid, row, "actions")
                .getChildren()
                .filter(c -> c.getId().orElse("").equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static Button button(PlatformPluginsView view, int row, String id) {
        return (Button) action(view, row, id);
    }

    private static void confirm(ConfirmDialog dialog) {
        // The browser closes the dialog as it reports the confirmation.
        dialog.close();
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, true));
    }
}
