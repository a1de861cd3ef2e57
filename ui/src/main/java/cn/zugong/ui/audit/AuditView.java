package cn.zugong.ui.audit;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.audit.AuditEntry;
import cn.zugong.core.audit.AuditQuery;
import cn.zugong.core.audit.AuditReader;
import cn.zugong.core.audit.AuditScope;
import cn.zugong.core.audit.AuditVerification;
import cn.zugong.core.audit.ChainVerdict;
import cn.zugong.core.audit.PlatformAuditReader;
import cn.zugong.core.audit.PlatformChain;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.ui.access.Access;
import cn.zugong.ui.access.AccessRule;
import cn.zugong.ui.layout.MainLayout;
import cn.zugong.ui.menu.MenuEntry;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The audit trail for the auditors: a lazy grid of events, newest first, with filters (actions and
 * records in words, the record by its name with its id on hover, the session and address each event
 * came from); an event's fields before and after on click; and the chain verification. The platform
 * auditor also picks the platform's own chain (its operators' actions) as one more trail. Everyone else is refused here and again
 * by the services behind it.
 */
@Access(AuditView.Auditors.class)
@MenuEntry(label = "nav.audit", icon = VaadinIcon.CLIPBOARD_CHECK, order = 130)
@Route(value = "admin/audit", layout = MainLayout.class)
public class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The portal serves Chinese counties: times are shown and filtered in China Standard Time. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

    private final AuditReader reader;
    private final AuditVerification verification;
    private final TenantDirectory directory;
    private final PlatformAuditReader platformReader;

    @Inject
    AuditView(
            AuditReader reader,
            AuditVerification verification,
            TenantDirectory directory,
            PlatformAuditReader platformReader) {
        this.reader = reader;
        this.verification = verification;
        this.directory = directory;
        this.platformReader = platformReader;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        setSizeFull();
        List<String> tenants;
        try {
            tenants = reader.tenants().stream().map(TenantId::code).toList();
        } catch (AccessDeniedException noTenantToAudit) {
            event.rerouteToError(noTenantToAudit, noTenantToAudit.getMessage());
            return;
        }
        boolean platform = PlatformAuditReader.mayRead();
        if (platform) {
            tenants =
                    Stream.concat(Stream.of(PlatformChain.ID), tenants.stream()).toList();
        }
        Function<String, String> tenantName = code -> PlatformChain.ID.equals(code)
                ? getTranslation("audit.chain.platform")
                : directory
                        .find(new TenantId(code))
                        .map(t -> t.name(getLocale()))
                        .orElse(code);

        AuditFilterBar filters = new AuditFilterBar(tenants, tenantName, ZONE, platform);
        Grid<AuditEntry> grid = grid(tenantName);
        grid.setItems(
                query -> {
                    AuditQuery page = filters.query(query.getOffset(), query.getLimit());
                    return (isPlatform(page) ? platformReader.list(page) : reader.list(page)).stream();
                },
                query -> {
                    AuditQuery all = filters.query(0, 0);
                    return isPlatform(all) ? platformReader.count(all) : reader.count(all);
                });
        filters.onChange(() -> grid.getDataProvider().refreshAll());
        ChainCheck check = new ChainCheck(tenants, tenantName, chain -> {
            ChainVerdict verdict =
                    PlatformChain.ID.equals(chain) ? platformReader.verify() : verification.verify(new TenantId(chain));
            grid.getDataProvider().refreshAll();
            return verdict;
        });
        add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("audit.hint")), check, filters, grid);
    }

    /** The platform's own chain is kept apart from the counties' and read on its own. */
    private static boolean isPlatform(AuditQuery query) {
        return PlatformChain.ID.equals(query.tenant());
    }

    private Grid<AuditEntry> grid(Function<String, String> tenantName) {
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.setSizeFull();
        grid.addColumn(e -> TIME.format(e.occurredAt()))
                .setHeader(getTranslation("audit.column.time"))
                .setAutoWidth(true);
        grid.addColumn(e -> tenantName.apply(e.tenantId()))
                .setHeader(getTranslation("audit.column.tenant"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::actor)
                .setHeader(getTranslation("audit.column.actor"))
                .setAutoWidth(true);
        grid.addColumn(e -> AuditTexts.action(this, e.action()))
                .setHeader(getTranslation("audit.column.action"))
                .setAutoWidth(true);
        grid.addColumn(e -> AuditTexts.subjectType(this, e))
                .setHeader(getTranslation("audit.column.subject"))
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::name))
                .setHeader(getTranslation("audit.column.summary"))
                .setFlexGrow(2);
        grid.addColumn(AuditTexts::origin)
                .setHeader(getTranslation("audit.column.origin"))
                .setAutoWidth(true);
        grid.addItemClickListener(click -> new AuditDetailDialog(
                        click.getItem(), tenantName, TIME.format(click.getItem().occurredAt()))
                .open());
        return grid;
    }

    /** The record by the name recorded with the event, with its id on hover. */
    private Span name(AuditEntry event) {
        Span name = new Span(AuditTexts.name(event));
        name.setTitle(event.subjectId() == null ? "" : event.subjectId());
        return name;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }

    /** Platform and county auditors. */
    public static final class Auditors implements AccessRule {
        @Override
        public boolean permits() {
            return AuditScope.mayAudit();
        }
    }
}
