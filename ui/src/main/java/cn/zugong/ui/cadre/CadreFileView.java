package cn.zugong.ui.cadre;

import cn.zugong.api.view.Widgets;
import cn.zugong.core.cadre.application.CadrePrint;
import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.application.MovedOutFiles;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreFacts;
import cn.zugong.core.cadre.domain.CadreFile;
import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.cadre.domain.ManagementAuthority;
import cn.zugong.core.cadre.infrastructure.interchange.LrmxExport;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.selection.record.CadreTraceService;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.validation.ValidationException;
import cn.zugong.ui.RecordIds;
import cn.zugong.ui.layout.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One cadre's file: the photo, the current post, facts computed at a chosen reference date, and
 * tabs for the basic fields (an edit form for writers), posts held, family (sensitive),
 * assessments, rewards and punishments, status changes and the resume. Writers edit every part
 * in place ({@link CadreParts}); after each change the file is shown again from the database. The
 * status of an existing file changes only through the dated "change status" dialog. {@code cadres/new} starts a new file; the id of a cadre the user
 * may not read shows "not found", whatever the id.
 */
@Route(value = "cadres/:cadreId", layout = MainLayout.class)
public class CadreFileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CadreFileServices services;
    private final CadreService cadres;
    private final H2 title = new H2();
    private final Span facts = new Span();
    private final DatePicker referenceDate = Widgets.datePicker();
    private CadreFile file;
    /** Whether the user may change the file shown: a writer, and a file still this county's. */
    private boolean writable;

    private TabSheet tabs;
    private String pageTitle = "";

    @Inject
    CadreFileView(CadreFileServices services) {
        this.services = services;
        this.cadres = services.cadres();
        setSizeFull();
        referenceDate.addValueChangeListener(change -> {
            if (file != null) {
                showFacts();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        file = null;
        String id = event.getRouteParameters().get("cadreId").orElse("");
        RouterLink back = new RouterLink(getTranslation("cadre.back"), CadresView.class);
        if (id.equals("new") && CountyAccess.canWrite()) {
            Cadre cadre = new Cadre();
            cadre.setStatus(CadreStatus.ACTIVE);
            cadre.setManagementAuthority(ManagementAuthority.COUNTY);
            showForm(back, cadre);
            return;
        }
        Optional<CadreFile> found = RecordIds.parse(id).flatMap(cadres::openFile);
        if (found.isEmpty()) {
            Paragraph notFound = new Paragraph(getTranslation("cadre.notFound"));
            notFound.setId("cadre-not-found");
            add(back, notFound);
            pageTitle = getTranslation("cadre.title");
            return;
        }
        referenceDate.setValue(LocalDate.now());
        show(found.get(), 0);
    }

    /** Shows the file again as stored, on the same tab: after every change made on this page. */
    void refresh() {
        if (file == null) {
            return;
        }
        int selected = tabs == null ? 0 : tabs.getSelectedIndex();
        cadres.file(file.cadre().getId()).ifPresent(fresh -> show(fresh, selected));
    }

    private void show(CadreFile shown, int selectedTab) {
        removeAll();
        file = shown;
        Optional<MovedOutFiles.MovedOut> moved =
                services.movedOut().of(file.cadre().getTenantId(), file.cadre().getId());
        writable = CountyAccess.canWrite() && moved.isEmpty();
        pageTitle = file.cadre().getName();
        title.setText(file.cadre().getName());
        title.setId("cadre-name");
        referenceDate.setLabel(getTranslation("cadre.field.referenceDate"));
        facts.setId("cadre-facts");
        showFacts();
        Span currentPost = new Span(getTranslation("cadre.field.currentPost") + " "
                + Optional.ofNullable(file.cadre().getCurrentPost()).orElse(getTranslation("cadre.none")));
        currentPost.setId("cadre-current-post");
        HorizontalLayout line = headerLine(
                title,
                referenceDate,
                facts,
                printLink(file.cadre().getId()),
                lrmxLink(file.cadre().getId()));
        VerticalLayout summary = new VerticalLayout(line, currentPost);
        if (CadreTraceService.mayRead()) {
            RouterLink trace = new RouterLink(
                    getTranslation("trace.link"),
                    CadreTraceView.class,
                    new RouteParameters("cadreId", file.cadre().getId().toString()));
            trace.setId("cadre-trace");
            summary.add(trace);
        }
        summary.setPadding(false);
        HorizontalLayout header =
                new HorizontalLayout(new PhotoPanel(services, file, writable, this::refresh), summary);
        RouterLink back = new RouterLink(getTranslation("cadre.back"), CadresView.class);
        add(back);
        moved.ifPresent(out -> add(movedOutBanner(out)));
        add(header, tabs());
        tabs.setSelectedIndex(selectedTab);
    }

    /** The record left behind by a cross-county transfer: where the file went, and that it is read-only. */
    private Paragraph movedOutBanner(MovedOutFiles.MovedOut out) {
        String county = services.tenants()
                .find(out.to())
                .map(t -> t.name(getLocale()))
                .orElse(out.to().code());
        Paragraph banner = new Paragraph(getTranslation("cadre.transferred-out.banner", county, out.on()));
        banner.setId("cadre-transferred-out");
        banner.getElement().getThemeList().add("badge error");
        return banner;
    }

    /**
     * The header's line: the name and the links keep their words whole ("蔡红" never breaks into
     * "蔡/红"), the facts between them wrap, and on a narrow screen the line wraps between items.
     */
    static HorizontalLayout headerLine(
            Component name, Component referenceDate, Component facts, Component print, Component export) {
        for (Component whole : List.of(name, print, export)) {
            whole.getElement().getStyle().set("white-space", "nowrap").set("flex-shrink", "0");
        }
        facts.getElement().getStyle().set("flex", "1 1 12em");
        HorizontalLayout line = new HorizontalLayout(name, referenceDate, facts, print, export);
        line.setWrap(true);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return line;
    }

    /** The approval form as PDF, with ages at the chosen reference date. */
    private Anchor printLink(UUID cadreId) {
        CadrePrint print = services.print();
        String fileName = file.cadre().getName() + ".pdf";
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> print.approvalForm(cadreId, reference())
                        .map(pdf -> new DownloadResponse(
                                new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length))
                        .orElseGet(() -> DownloadResponse.error(404))),
                getTranslation("cadre.print"));
        link.setId("cadre-print");
        link.setTarget("_blank");
        return link;
    }

    /** The approval form as .lrmx, for the interchange with other registries. */
    private Anchor lrmxLink(UUID cadreId) {
        LrmxExport export = services.lrmx();
        String fileName = file.cadre().getName() + ".lrmx";
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> export.export(cadreId, reference())
                        .map(bytes -> new DownloadResponse(
                                new ByteArrayInputStream(bytes), fileName, "application/xml", bytes.length))
                        .orElseGet(() -> DownloadResponse.error(404))),
                getTranslation("lrmx.export"));
        link.setId("cadre-lrmx-export");
        return link;
    }

    private LocalDate reference() {
        return referenceDate.getValue() == null ? LocalDate.now() : referenceDate.getValue();
    }

    private TabSheet tabs() {
        tabs = new TabSheet();
        tabs.setId("cadre-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("cadre.tab.basic"), basic(file.cadre()));
        CadreParts parts = new CadreParts(this, services, file, writable, this::refresh);
        tabs.add(getTranslation("cadre.tab.holdings"), parts.holdings());
        tabs.add(getTranslation("cadre.tab.family"), parts.family());
        tabs.add(getTranslation("cadre.tab.assessments"), parts.assessments());
        tabs.add(getTranslation("cadre.tab.rewards"), parts.rewards());
        tabs.add(getTranslation("cadre.tab.status"), parts.statusChanges());
        tabs.add(getTranslation("cadre.tab.resume"), parts.resume());
        return tabs;
    }

    private void showFacts() {
        LocalDate at = referenceDate.getValue() == null ? LocalDate.now() : referenceDate.getValue();
        Cadre cadre = file.cadre();
        String age = getTranslation("cadre.field.age") + " " + CadreFacts.age(cadre.getBirthDate(), at);
        String inPost = getTranslation("cadre.field.timeInPost") + " "
                + CadreFacts.inCurrentPost(file.holdings(), at)
                        .map(this::period)
                        .orElse(getTranslation("cadre.none"));
        String atLevel = getTranslation("cadre.field.timeAtLevel") + " "
                + CadreFacts.atCurrentLevel(cadre, file.holdings(), at)
                        .map(this::period)
                        .orElse(getTranslation("cadre.none"));
        facts.setText(age + " \u00b7 " + inPost + " \u00b7 " + atLevel);
    }

    private String period(Period period) {
        return getTranslation("cadre.period", period.getYears(), period.getMonths());
    }

    private void showForm(RouterLink back, Cadre cadre) {
        pageTitle = getTranslation("cadre.create");
        title.setText(pageTitle);
        add(back, title, basic(cadre));
    }

    private VerticalLayout basic(Cadre cadre) {
        boolean readOnly = file == null ? !CountyAccess.canWrite() : !writable;
        CadreForm form = new CadreForm(file == null || file.sensitive());
        form.edit(cadre, readOnly);
        if (file != null) {
            form.lockStatus();
        }
        Button save = new Button(getTranslation("action.save"), VaadinIcon.CHECK.create());
        save.setId("cadre-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(!readOnly);
        save.addClickListener(click -> {
            if (!form.writeTo(cadre)) {
                return;
            }
            try {
                Cadre saved = cadres.save(cadre);
                Notification.show(getTranslation("cadre.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(
                        CadreFileView.class,
                        new RouteParameters("cadreId", saved.getId().toString())));
            } catch (ValidationException invalid) {
                form.showProblems(invalid.problems());
            } catch (AccessDeniedException denied) {
                Notification.show(getTranslation(denied.getMessage())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        return new VerticalLayout(form, save);
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " | " + getTranslation("app.name");
    }
}
