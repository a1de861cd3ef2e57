package cn.zugong.plugin.supervision.ui;

import cn.zugong.plugin.supervision.SupervisionPermissions;
import cn.zugong.plugin.supervision.service.AuditNeeds;
import cn.zugong.plugin.supervision.service.EconAuditService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import java.util.Optional;

/**
 * {@code supervision/audits}: economic responsibility audits (DOMAIN §4.6). First what the open
 * selection cases need (the candidate holds an audited post: a 任前 audit before a promotion is
 * decided, a 离任 audit when he leaves the post) and where each stands; then the county's audits,
 * due and done, read lazily. With {@code supervision.manage}: recording an audit (a due row fills
 * the form) and its report.
 */
public class AuditsView extends SupervisionPage {

    private final EconAuditService audits = new EconAuditService(context);
    private final Grid<AuditNeeds.Need> due = new Grid<>();
    private final Grid<EconAuditService.AuditView> grid = new Grid<>();

    public AuditsView() {
        super("supervision-audits", "supervision.econ.title");
        if (county.isEmpty()) {
            return;
        }
        boolean writable = writable(SupervisionPermissions.MANAGE);
        Optional<AuditForms> forms =
                writable ? Optional.of(new AuditForms(context, audits, feedback, this::refresh)) : Optional.empty();
        H3 dueTitle = new H3(getTranslation("supervision.econ.due"));
        due.setId("supervision-econ-due-grid");
        due.addColumn(n -> n.career().name()).setHeader(getTranslation("supervision.cadre"));
        due.addColumn(AuditNeeds.Need::post).setHeader(getTranslation("supervision.econ.post"));
        due.addColumn(n -> getTranslation(n.kind().messageKey())).setHeader(getTranslation("supervision.econ.kind"));
        due.addComponentColumn(n -> new Anchor(
                        "selection/" + n.caseId(),
                        getTranslation(
                                "supervision.econ.case", n.caseId().toString().substring(0, 8))))
                .setHeader(getTranslation("supervision.econ.caseHeader"));
        due.addColumn(n -> getTranslation("supervision.econ.state." + n.state().name()))
                .setHeader(getTranslation("supervision.econ.stateHeader"));
        due.setAllRowsVisible(true);
        forms.ifPresent(f -> due.addItemClickListener(e -> f.prefill(e.getItem())));
        add(dueTitle, due);
        forms.ifPresent(f -> add(f.recordForm()));
        H3 listTitle = new H3(getTranslation("supervision.econ.list"));
        grid.setId("supervision-econ-grid");
        grid.addColumn(a -> Cadres.name(a.cadre())).setHeader(getTranslation("supervision.cadre"));
        grid.addColumn(a -> getTranslation(a.audit().kind().messageKey()))
                .setHeader(getTranslation("supervision.econ.kind"));
        grid.addColumn(a -> a.audit().post()).setHeader(getTranslation("supervision.econ.post"));
        grid.addColumn(a -> a.audit().auditor()).setHeader(getTranslation("supervision.econ.auditor"));
        grid.addColumn(a -> a.audit().periodFrom() + " – " + a.audit().periodTo())
                .setHeader(getTranslation("supervision.econ.period"));
        grid.addColumn(a -> a.audit().startedOn().toString()).setHeader(getTranslation("supervision.econ.started"));
        grid.addColumn(a ->
                        a.audit().reportedOn().map(Object::toString).orElse(getTranslation("supervision.econ.open")))
                .setHeader(getTranslation("supervision.econ.reported"));
        grid.addColumn(a -> a.audit()
                        .responsibility()
                        .map(r -> getTranslation(r.messageKey()))
                        .orElse(""))
                .setHeader(getTranslation("supervision.econ.responsibility"));
        grid.addColumn(a -> a.audit().findings().orElse("")).setHeader(getTranslation("supervision.econ.findings"));
        grid.setItems(query -> audits.page(query.getOffset(), query.getLimit()).stream());
        add(listTitle, grid);
        forms.ifPresent(
                f -> add(f.reportForm(() -> grid.getSelectedItems().stream().findFirst())));
        refresh();
    }

    private void refresh() {
        due.setItems(audits.due());
        grid.getDataProvider().refreshAll();
    }
}
