package cn.zugong.ui.admin;

import cn.zugong.core.admin.CountyRoles;
import cn.zugong.core.admin.CountyUsers;
import cn.zugong.core.admin.IdentityAdmin;
import cn.zugong.core.admin.IdentityUser;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.ui.access.Access;
import cn.zugong.ui.access.AccessRule;
import cn.zugong.ui.layout.MainLayout;
import cn.zugong.ui.menu.MenuEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A county tenant-admin's users ({@code admin/users}): the county's users with their roles, add one
 * (county roles only: the page offers no other, and the service refuses any other), change roles,
 * reset the password (a temporary one, shown once), disable.
 */
@Access(CountyUsersView.Admins.class)
@MenuEntry(label = "nav.admin.users", icon = VaadinIcon.USER_CARD, order = 95)
@Route(value = "admin/users", layout = MainLayout.class)
public class CountyUsersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    Select<Locale> language = new Select<>();
    final CheckboxGroup<String> roles = new CheckboxGroup<>();
    final Button add = new Button();
    final Grid<IdentityUser> grid = new Grid<>();

    private final CountyUsers users;

    @Inject
    CountyUsersView(CountyUsers users) {
        this.users = users;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        username.setId("user-username");
        username.setLabel(getTranslation("users.username"));
        displayName.setId("user-display-name");
        displayName.setLabel(getTranslation("users.displayName"));
        email.setId("user-email");
        email.setLabel(getTranslation("users.email"));
        language = AdminTexts.mailLanguage(this, "user-language");
        configureRoles(roles, "user-roles");
        add.setId("user-add");
        add.setText(getTranslation("users.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> addUser());
        configureGrid();
        add(
                new H2(getTranslation("users.title")),
                new Paragraph(getTranslation("users.hint")),
                grid,
                new H3(getTranslation("users.add.title")),
                new FormLayout(username, displayName, email, language),
                roles,
                add);
        refresh();
    }

    private void configureRoles(CheckboxGroup<String> group, String id) {
        group.setId(id);
        group.setLabel(getTranslation("users.roles"));
        group.setItems(CountyRoles.ORDERED);
        group.setItemLabelGenerator(this::role);
    }

    private String role(String role) {
        return getTranslation("role." + role);
    }

    private void configureGrid() {
        grid.removeAllColumns();
        grid.setId("users-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(IdentityUser::username)
                .setHeader(getTranslation("users.column.username"))
                .setAutoWidth(true);
        grid.addColumn(IdentityUser::displayName)
                .setHeader(getTranslation("users.column.name"))
                .setAutoWidth(true);
        grid.addColumn(u -> CountyRoles.ORDERED.stream()
                        .filter(u.roles()::contains)
                        .map(this::role)
                        .collect(Collectors.joining("、")))
                .setHeader(getTranslation("users.column.roles"))
                .setFlexGrow(2);
        grid.addColumn(u -> getTranslation(u.enabled() ? "users.enabled" : "users.disabled"))
                .setHeader(getTranslation("users.column.enabled"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
    }

    private Component actions(IdentityUser u) {
        Button roles = new Button(getTranslation("users.editRoles"), click -> editRoles(u));
        roles.setId("user-roles-" + u.username());
        Button reset = new Button(getTranslation("users.reset"), click -> {
            CountyUsers.WithPassword[] done = new CountyUsers.WithPassword[1];
            if (AdminTexts.run(this, () -> done[0] = users.resetPassword(u.id()))) {
                AdminTexts.showPassword(this, u.username(), done[0].temporaryPassword());
            }
        });
        reset.setId("user-reset-" + u.username());
        Button disable = new Button(getTranslation("users.disable"), click -> confirmDisable(u));
        disable.setId("user-disable-" + u.username());
        disable.setEnabled(u.enabled());
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(roles, reset, disable);
        actions.getChildren()
                .map(Button.class::cast)
                .forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY));
        return actions;
    }

    private void editRoles(IdentityUser u) {
        Dialog dialog = new Dialog();
        dialog.setId("user-roles-dialog");
        dialog.setHeaderTitle(getTranslation("users.editRoles.title", u.username()));
        CheckboxGroup<String> choice = new CheckboxGroup<>();
        configureRoles(choice, "user-roles-edit");
        choice.setValue(u.roles().stream().filter(CountyRoles.ORDERED::contains).collect(Collectors.toSet()));
        dialog.add(choice);
        Button save = new Button(getTranslation("users.save"), click -> {
            if (AdminTexts.run(this, () -> users.setRoles(u.id(), Set.copyOf(choice.getValue())))) {
                AdminTexts.success(getTranslation("users.rolesChanged", u.username()));
                dialog.close();
                refresh();
            }
        });
        save.setId("user-roles-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void confirmDisable(IdentityUser u) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("user-disable-confirm");
        confirm.setHeader(getTranslation("users.disable.title"));
        confirm.setText(getTranslation("users.disable.text", u.username()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("users.disable"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            if (AdminTexts.run(this, () -> users.disable(u.id()))) {
                AdminTexts.success(getTranslation("users.disabledDone", u.username()));
            }
            refresh();
        });
        confirm.open();
    }

    private void addUser() {
        CountyUsers.WithPassword[] added = new CountyUsers.WithPassword[1];
        boolean done = AdminTexts.run(
                this,
                () -> added[0] = users.add(
                        new IdentityAdmin.NewUser(
                                username.getValue(), displayName.getValue(), email.getValue(), language.getValue()),
                        Set.copyOf(roles.getValue())));
        if (done) {
            AdminTexts.success(getTranslation("users.added", added[0].user().username()));
            AdminTexts.handOver(
                    this, added[0].user().username(), added[0].temporaryPassword(), added[0].mailed(), "users.mailed");
            username.clear();
            displayName.clear();
            email.clear();
            roles.clear();
            refresh();
        }
    }

    void refresh() {
        AdminTexts.run(this, () -> grid.setItems(users.list()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }

    /** A county's tenant-admin (a writable tenant); the service checks again. */
    public static final class Admins implements AccessRule {
        @Override
        public boolean permits() {
            return CurrentUserHolder.hasRole(CurrentUser.TENANT_ADMIN)
                    && TenancyHolder.current().writable().isPresent();
        }
    }
}
