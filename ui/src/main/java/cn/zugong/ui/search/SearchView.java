package cn.zugong.ui.search;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.application.CadreSearchService;
import cn.zugong.core.cadre.domain.CadreHit;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.validation.ValidationException;
import cn.zugong.ui.access.Access;
import cn.zugong.ui.access.AccessRule;
import cn.zugong.ui.cadre.CadreFileView;
import cn.zugong.ui.cadre.Labels;
import cn.zugong.ui.layout.MainLayout;
import cn.zugong.ui.menu.MenuEntry;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The supervisors' search across the counties of their scope: by name (characters, pinyin or
 * initials), words of the post and post level. Each hit shows its county and only what a list
 * shows; its name opens the cadre file, an audited read as every supervisor's drill-down is.
 */
@Access(SearchView.Supervisors.class)
@MenuEntry(label = "nav.search", icon = VaadinIcon.SEARCH, order = 25)
@Route(value = "search", layout = MainLayout.class)
public class SearchView extends VerticalLayout implements HasDynamicTitle {

    final TextField name = new TextField();
    final TextField post = new TextField();
    final Select<PostLevel> level = new Select<>();
    final Button search = new Button();
    final Grid<CadreHit> grid = new Grid<>();
    final Paragraph status = new Paragraph();

    private final CadreSearchService service;
    private final TenantDirectory directory;

    @Inject
    SearchView(CadreSearchService service, TenantDirectory directory) {
        this.service = service;
        this.directory = directory;
        setSizeFull();
        name.setId("search-name");
        name.setLabel(getTranslation("search.name"));
        name.setPlaceholder(getTranslation("search.name.placeholder"));
        name.setClearButtonVisible(true);
        post.setId("search-post");
        post.setLabel(getTranslation("search.post"));
        post.setClearButtonVisible(true);
        level.setId("search-level");
        level.setLabel(getTranslation("cadre.field.postLevel"));
        level.setItems(PostLevel.values());
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("search.level.any"));
        level.setItemLabelGenerator(l -> l == null ? getTranslation("search.level.any") : Labels.of(this, l));
        search.setId("search-go");
        search.setText(getTranslation("search.go"));
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(Key.ENTER);
        search.addClickListener(click -> run());
        status.setId("search-status");
        status.setText(getTranslation("search.hint"));
        HorizontalLayout form = new HorizontalLayout(name, post, level, search);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        configureGrid();
        add(new H2(getTranslation("search.title")), form, status, grid);
    }

    void run() {
        name.setInvalid(false);
        post.setInvalid(false);
        List<CadreHit> hits;
        try {
            hits = service.search(name.getValue(), post.getValue(), level.getValue());
        } catch (ValidationException invalid) {
            invalid.problems().forEach(p -> {
                TextField field = p.field().equals("post") ? post : name;
                field.setErrorMessage(getTranslation(p.messageKey(), p.messageArgs()));
                field.setInvalid(true);
            });
            grid.setItems(List.of());
            status.setText("");
            return;
        }
        boolean more = hits.size() > CadreSearchService.LIMIT;
        List<CadreHit> shown = more ? hits.subList(0, CadreSearchService.LIMIT) : hits;
        grid.setItems(shown);
        status.setText(
                more
                        ? getTranslation("search.more", CadreSearchService.LIMIT)
                        : getTranslation("search.count", shown.size()));
    }

    private void configureGrid() {
        grid.setId("search-hits");
        grid.setSizeFull();
        grid.addComponentColumn(hit -> {
                    RouterLink link = new RouterLink(
                            hit.name(),
                            CadreFileView.class,
                            new RouteParameters("cadreId", hit.id().toString()));
                    link.addClassName("search-hit");
                    return link;
                })
                .setHeader(getTranslation("cadre.field.name"))
                .setAutoWidth(true);
        grid.addColumn(hit -> county(hit.tenantId()))
                .setHeader(getTranslation("search.county"))
                .setKey("county")
                .setAutoWidth(true);
        grid.addColumn(CadreHit::unitName).setHeader(getTranslation("cadre.field.unit"));
        grid.addColumn(CadreHit::currentPost)
                .setHeader(getTranslation("cadre.field.currentPost"))
                .setFlexGrow(2);
        grid.addColumn(hit -> hit.postLevel() == null ? "" : Labels.of(this, hit.postLevel()))
                .setHeader(getTranslation("cadre.field.postLevel"))
                .setAutoWidth(true);
    }

    private String county(String code) {
        return directory.find(new TenantId(code)).map(t -> t.name(getLocale())).orElse(code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title") + " | " + getTranslation("app.name");
    }

    /** Supervisors (provincial and city): the search is their way across the counties of their scope. */
    public static final class Supervisors implements AccessRule {
        @Override
        public boolean permits() {
            return CurrentUserHolder.hasRole(TenancyPolicy.SUPERVISOR);
        }
    }
}
