package cn.zugong.ui.selection;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.CaseNotFoundException;
import cn.zugong.core.selection.domain.GateRecord;
import cn.zugong.core.selection.domain.OversightMeasure;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.SelectionVote;
import cn.zugong.core.selection.domain.Steps;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.ui.RecordIds;
import cn.zugong.ui.access.Access;
import cn.zugong.ui.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One selection case: the header with its path, the candidates, and a section per step with what
 * it recorded, the step's form for writers while the case is at it, and the gate results. Writers
 * move the case on ({@code case-advance}) where the step has no closing record of its own, and
 * withdraw it ({@code case-withdraw}). Supervisors and ended cases are read-only; a supervisor's
 * opening is an audited read ({@link OversightService#opened}). A case of a
 * county the user does not read shows "not found", whatever the id. After every change the case is
 * shown again from the database.
 */
@Access(SelectionAccess.Readers.class)
@Route(value = "selection/:caseId", layout = MainLayout.class)
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CASE_ID = "caseId";
    static final String VIA = "via";

    private final SelectionServices services;
    private String pageTitle = "";

    @Inject
    CaseView(SelectionServices services) {
        this.services = services;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id =
                RecordIds.parse(event.getRouteParameters().get(CASE_ID).orElse(""));
        if (id.isPresent() && show(id.get())) {
            services.oversight().opened(id.get(), via(event));
        } else {
            removeAll();
            Paragraph notFound = new Paragraph(getTranslation("selection.notFound"));
            notFound.setId("selection-not-found");
            add(back(), notFound);
            pageTitle = getTranslation("selection.title");
        }
    }

    /** The overview's count the case was opened from, if any ({@code ?via=<measure>}). */
    private static OversightMeasure via(BeforeEnterEvent event) {
        List<String> via =
                event.getLocation().getQueryParameters().getParameters().getOrDefault(VIA, List.of());
        return via.isEmpty()
                ? null
                : Arrays.stream(OversightMeasure.values())
                        .filter(m -> m.name().equals(via.getFirst()))
                        .findFirst()
                        .orElse(null);
    }

    /** Shows the case as stored; false when the user may not read it. */
    boolean show(UUID caseId) {
        CaseFile file;
        try {
            file = services.selection().file(caseId);
        } catch (CaseNotFoundException notFound) {
            return false;
        }
        removeAll();
        SelectionCase c = file.selectionCase();
        pageTitle = c.getCaseNo() + " " + c.getTitle();
        CaseContext context = new CaseContext(
                file,
                names(file),
                post(c),
                SelectionAccess.mayRecord(c),
                () -> show(caseId),
                services.records().people(caseId),
                services.counties());
        CaseCalls calls = new CaseCalls(caseId, services);
        add(back(), new CaseHeader(context), actions(context, calls));
        if (c.getKind() == SelectionKind.APPOINT) {
            add(new CandidatesPanel(context, calls), new ExceptionsPanel(context, calls));
        }
        Map<String, String> nameKeys = calls.gateNameKeys();
        for (SelectionStep step : Steps.path(c)) {
            add(StepSections.section(context, calls, step, nameKeys));
        }
        return true;
    }

    private RouterLink back() {
        RouterLink back = new RouterLink(getTranslation("selection.back"), CasesView.class);
        back.setId("case-back");
        return back;
    }

    private HorizontalLayout actions(CaseContext context, CaseCalls calls) {
        Button advance = new Button(getTranslation("selection.advance"), VaadinIcon.ARROW_RIGHT.create());
        advance.setId("case-advance");
        advance.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        advance.setVisible(
                context.writable() && Steps.byAdvance(context.selectionCase().getStep()));
        advance.addClickListener(click -> {
            if (CaseActions.run(this, calls::advance, Map.of())) {
                CaseActions.saved(this, "selection.advanced");
                context.changed().run();
            }
        });
        Button withdraw = new Button(getTranslation("selection.withdraw.title"), VaadinIcon.CLOSE_CIRCLE.create());
        withdraw.setId("case-withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.setVisible(context.writable());
        withdraw.addClickListener(click -> new WithdrawDialog(context, calls).open());
        // The case's ballot sessions (minzhu tuijian, minzhu ceping), for the county's writers.
        // A link by address: the ballot page builds on this package, not the other way round.
        Anchor ballots = new Anchor("selection/" + context.caseId() + "/ballots", getTranslation("ballot.open"));
        ballots.setId("case-ballots");
        ballots.setVisible(context.writable());
        return new HorizontalLayout(advance, withdraw, CaseRecordDownload.anchor(calls), ballots);
    }

    /** The names of every cadre the case mentions. */
    private Map<UUID, String> names(CaseFile file) {
        Set<UUID> ids = new LinkedHashSet<>();
        file.candidates().stream().map(SelectionCandidate::getCadreId).forEach(ids::add);
        file.votes().stream().map(SelectionVote::getCadreId).forEach(ids::add);
        file.gates().stream().map(GateRecord::getCadreId).forEach(ids::add);
        Optional.ofNullable(file.selectionCase().getSubjectCadreId()).ifPresent(ids::add);
        CadreService cadres = services.cadres();
        Map<UUID, String> names = new HashMap<>();
        for (UUID id : ids) {
            cadres.find(id).map(Cadre::getName).ifPresent(name -> names.put(id, name));
        }
        return names;
    }

    /** The unit and position of the case's post, or null. */
    private String post(SelectionCase c) {
        if (c.getPositionId() == null) {
            return null;
        }
        String unit = c.getUnitId() == null
                ? ""
                : services.units().find(c.getUnitId()).map(OrgUnit::getName).orElse("");
        String position = services.positions()
                .find(c.getPositionId())
                .map(UnitPosition::getTitle)
                .orElse("");
        String text = Stream.of(unit, position).filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
        return text.isEmpty() ? null : text;
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " | " + getTranslation("app.name");
    }
}
