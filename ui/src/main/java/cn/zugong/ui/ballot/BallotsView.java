package cn.zugong.ui.ballot;

import cn.zugong.core.ballot.domain.BallotSession;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.CaseNotFoundException;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.ui.RecordIds;
import cn.zugong.ui.access.Access;
import cn.zugong.ui.layout.MainLayout;
import cn.zugong.ui.selection.SelectionAccess;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The ballot sessions of a case ({@code selection/<id>/ballots}), for the writers of its county:
 * a new session (recommendation or evaluation, the names, the expected participants and the
 * window), and per session its state and what can be done in it: print the codes, start, close,
 * the paper entries, the result and applying it to the case. Anyone else, and a case of another
 * county, gets "not found", whatever the id.
 */
@Access(SelectionAccess.Readers.class)
@Route(value = "selection/:caseId/ballots", layout = MainLayout.class)
public class BallotsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CASE_ID = "caseId";

    private final BallotServices services;
    private String pageTitle = "";

    @Inject
    BallotsView(BallotServices services) {
        this.services = services;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id =
                RecordIds.parse(event.getRouteParameters().get(CASE_ID).orElse(""));
        if (id.isEmpty() || !show(new BallotCalls(id.get(), services))) {
            removeAll();
            Paragraph notFound = new Paragraph(getTranslation("ballot.notFound"));
            notFound.setId("ballot-not-found");
            add(notFound);
            pageTitle = getTranslation("ballot.title");
        }
    }

    /** Shows the case's sessions; false when the user does not write the case's county. */
    boolean show(BallotCalls calls) {
        CaseFile file;
        List<BallotSession> sessions;
        try {
            if (!CountyAccess.canWrite()) {
                return false;
            }
            file = calls.file();
            sessions = calls.sessions();
        } catch (CaseNotFoundException | AccessDeniedException hidden) {
            return false;
        }
        removeAll();
        pageTitle = getTranslation("ballot.title") + " " + file.selectionCase().getCaseNo();
        RouterLink back = new RouterLink(
                getTranslation("ballot.back"),
                cn.zugong.ui.selection.CaseView.class,
                new RouteParameters(CASE_ID, calls.caseId().toString()));
        back.setId("ballots-back");
        H2 title = new H2(getTranslation(
                "ballot.heading",
                file.selectionCase().getCaseNo(),
                file.selectionCase().getTitle()));
        add(back, title, new NewSessionForm(file, calls.names(file), calls, () -> show(calls)));
        for (int i = 0; i < sessions.size(); i++) {
            add(new SessionPanel(i, sessions.get(i), calls, () -> show(calls)));
        }
        return true;
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
