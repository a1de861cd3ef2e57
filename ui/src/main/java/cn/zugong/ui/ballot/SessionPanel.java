package cn.zugong.ui.ballot;

import cn.zugong.core.ballot.domain.BallotSession;
import cn.zugong.core.ballot.domain.BallotState;
import cn.zugong.ui.selection.CaseActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

/**
 * One session of the case ({@code ballot-session-<n>}, newest first): its state, window and codes,
 * and what its state allows: print the codes and start (draft), see how many voted and close
 * (open), the paper entries (open or closed), the result and applying it (closed).
 */
class SessionPanel extends Details {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    SessionPanel(int n, BallotSession s, BallotCalls calls, SerializableRunnable changed) {
        setId("ballot-session-" + n);
        setWidthFull();
        setOpened(n == 0);
        UUID id = s.getId();
        Span state = new Span(getTranslation("ballot.state." + s.getState().name()));
        state.setId("ballot-state-" + n);
        state.getElement().getThemeList().add("badge");
        setSummary(new HorizontalLayout(
                new Span(s.getTitle()),
                new Span(getTranslation("ballot.kind." + s.getKind().name())),
                state));
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        ZoneId zone = ZoneId.systemDefault();
        Span facts = new Span(getTranslation(
                "ballot.facts",
                s.getExpected(),
                WHEN.format(s.getOpensAt().atZone(zone)),
                WHEN.format(s.getClosesAt().atZone(zone)),
                s.getCodesIssued()));
        facts.setId("ballot-facts-" + n);
        content.add(facts);
        HorizontalLayout actions = new HorizontalLayout();
        if (s.getState() == BallotState.DRAFT) {
            String url = ballotUrl();
            Anchor codes = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] pdf = calls.codeSheet(id, url, getLocale());
                        return new DownloadResponse(
                                new ByteArrayInputStream(pdf), "ballot-codes.pdf", "application/pdf", pdf.length);
                    }),
                    getTranslation("ballot.codes.print"));
            codes.setId("ballot-codes-" + n);
            codes.setTarget("_blank");
            actions.add(codes, button("ballot-start-" + n, "ballot.start", () -> calls.start(id), changed));
            content.add(new Span(getTranslation("ballot.codes.once")));
        } else {
            Span used = new Span(getTranslation("ballot.used", calls.used(id), s.getExpected()));
            used.setId("ballot-used-" + n);
            content.add(used);
        }
        if (s.getState() == BallotState.OPEN) {
            actions.add(button("ballot-close-" + n, "ballot.close", () -> calls.close(id), changed));
        }
        content.add(actions);
        if (s.getState() != BallotState.DRAFT) {
            content.add(new PaperForm(n, s, calls, changed));
        }
        if (s.getState() == BallotState.CLOSED) {
            content.add(new ResultPanel(n, s, calls, changed));
        }
        add(content);
    }

    private Button button(String id, String key, Runnable call, SerializableRunnable changed) {
        Button button = new Button(getTranslation(key));
        button.setId(id);
        button.addClickListener(click -> {
            if (CaseActions.run(this, call, Map.of())) {
                CaseActions.saved(this, "ballot.saved");
                changed.run();
            }
        });
        return button;
    }

    /**
     * The public page's absolute address for the QR codes: {@code zugong.ballot.url} if the
     * operator set it (the address participants reach), else the one this page was requested at.
     */
    static String ballotUrl() {
        String configured = System.getProperty("zugong.ballot.url");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest servlet) {
            HttpServletRequest r = servlet.getHttpServletRequest();
            String url = r.getRequestURL().toString();
            return url.substring(0, url.length() - r.getRequestURI().length()) + r.getContextPath() + "/ballot/";
        }
        return "/ballot/";
    }
}
