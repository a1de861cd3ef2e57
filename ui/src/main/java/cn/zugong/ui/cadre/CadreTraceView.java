package cn.zugong.ui.cadre;

import cn.zugong.core.cadre.domain.CadreNotFoundException;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.selection.record.CadreTrace;
import cn.zugong.core.selection.record.TraceCase;
import cn.zugong.core.selection.record.TraceLine;
import cn.zugong.ui.RecordIds;
import cn.zugong.ui.i18n.PortalI18NProvider;
import cn.zugong.ui.layout.MainLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

/**
 * The accountability trace (daocha) of a cadre ({@code cadres/<id>/trace}): every selection case
 * that touched them, each with its proposer and every step with who took it and the chain position
 * and hash of its audit link ({@code trace-case-<n>}, {@code trace-lines-<n>}), and the sheet as
 * PDF ({@code trace-pdf}). Opening it is an audited read. A cadre the user does not read shows
 * "not found", whatever the id; users who work with no selection case are refused.
 */
@Route(value = "cadres/:cadreId/trace", layout = MainLayout.class)
public class CadreTraceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final TraceCalls calls;
    private String pageTitle = "";

    @Inject
    CadreTraceView(TraceServices services) {
        this((TraceCalls) services);
    }

    CadreTraceView(TraceCalls calls) {
        this.calls = calls;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(RecordIds.parse(event.getRouteParameters().get("cadreId").orElse("")));
    }

    /** Shows the trace of the cadre, or "not found" for no id, a cadre not read or a user who reads no trace. */
    void open(Optional<UUID> id) {
        removeAll();
        pageTitle = getTranslation("trace.title");
        CadreTrace trace;
        try {
            trace = id.map(cadre -> calls.trace(cadre, getLocale(), PortalI18NProvider.messages(getLocale())))
                    .orElseThrow(CadreNotFoundException::new);
        } catch (CadreNotFoundException | AccessDeniedException notReadable) {
            Paragraph notFound = new Paragraph(getTranslation("cadre.notFound"));
            notFound.setId("cadre-not-found");
            add(new RouterLink(getTranslation("cadre.back"), CadresView.class), notFound);
            return;
        }
        show(trace);
    }

    private void show(CadreTrace trace) {
        pageTitle = getTranslation("trace.heading", trace.name());
        H2 title = new H2(pageTitle);
        title.setId("trace-title");
        RouterLink back = new RouterLink(
                getTranslation("trace.back"),
                CadreFileView.class,
                new RouteParameters("cadreId", trace.cadreId().toString()));
        add(back, title, new Paragraph(getTranslation("trace.hint")), pdfLink(trace.cadreId()));
        if (trace.cases().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("trace.none"));
            none.setId("trace-none");
            add(none);
        }
        for (int n = 0; n < trace.cases().size(); n++) {
            add(traceCase(trace.cases().get(n), n));
        }
    }

    private Div traceCase(TraceCase c, int n) {
        Div block = new Div();
        block.setId("trace-case-" + n);
        block.setWidthFull();
        H3 heading = new H3(c.caseNo() + " " + c.title());
        Span facts = new Span(getTranslation(
                "trace.caseFacts",
                getTranslation("selection.kind." + c.kind().name()),
                getTranslation("trace.role." + c.role().name()),
                c.post() == null ? "—" : c.post(),
                getTranslation("selection.status." + c.status().name()),
                c.initiator() == null ? "—" : c.initiator(),
                c.openedBy() == null ? "—" : c.openedBy()));
        facts.setId("trace-case-" + n + "-facts");
        Anchor open = new Anchor("selection/" + c.caseId(), getTranslation("trace.openCase"));
        Grid<TraceLine> lines = new Grid<>();
        lines.setId("trace-lines-" + n);
        lines.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        lines.setAllRowsVisible(true);
        lines.addColumn(TraceLine::seq)
                .setHeader(getTranslation("trace.seq"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        lines.addColumn(l -> TIME.format(l.at()))
                .setHeader(getTranslation("trace.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        lines.addColumn(TraceLine::actor)
                .setHeader(getTranslation("trace.actor"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        lines.addColumn(TraceLine::action)
                .setHeader(getTranslation("trace.action"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        lines.addColumn(TraceLine::details)
                .setHeader(getTranslation("trace.details"))
                .setFlexGrow(1);
        lines.addColumn(TraceLine::shortHash)
                .setHeader(getTranslation("trace.hash"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        lines.setItems(c.lines());
        block.add(heading, facts, open, lines);
        return block;
    }

    private Anchor pdfLink(UUID cadreId) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    try {
                        byte[] pdf = calls.pdf(cadreId, PortalI18NProvider.messages(PortalI18NProvider.CHINESE));
                        return new DownloadResponse(
                                new ByteArrayInputStream(pdf),
                                "trace-" + cadreId + ".pdf",
                                "application/pdf",
                                pdf.length);
                    } catch (CadreNotFoundException | AccessDeniedException notReadable) {
                        return DownloadResponse.error(404);
                    }
                }),
                getTranslation("trace.pdf"));
        link.setId("trace-pdf");
        link.setTarget("_blank");
        return link;
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
