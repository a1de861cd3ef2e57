package cn.zugong.ui.selection;

import cn.zugong.core.selection.domain.AgendaItem;
import cn.zugong.core.selection.domain.CandidateProfile;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The candidates of an item side by side, one column each ({@code compare-<row>-<c>}): the fields
 * of the appointment and removal form the committee reads (born, age, education, party, work, the
 * post held and for how long, the latest grades, the resume) and the recommendation's results with
 * the meeting's share. Under each, the form itself as the registry prints it ({@code
 * compare-form-<c>}, an audited print) and the candidate's file.
 */
class CandidateComparison extends Div {

    CandidateComparison(AgendaItem item, SerializableFunction<UUID, Optional<byte[]>> forms) {
        setId("item-candidates");
        List<CandidateProfile> candidates = item.candidates();
        getStyle()
                .set("display", "grid")
                .set(
                        "grid-template-columns",
                        "max-content repeat(" + Math.max(1, candidates.size()) + ", minmax(10em, 1fr))")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-l)");
        row("name", candidates, CandidateProfile::name);
        row(
                "gender",
                candidates,
                p -> p.form().gender() == null
                        ? ""
                        : getTranslation("cadre.gender." + p.form().gender()));
        row(
                "age",
                candidates,
                p -> p.age() == null
                        ? ""
                        : getTranslation(
                                "meeting.compare.ageValue",
                                SelectionLabels.date(p.form().birthDate()),
                                p.age()));
        row("ethnicity", candidates, p -> p.form().ethnicity());
        row("nativePlace", candidates, p -> p.form().nativePlace());
        row("partyJoined", candidates, p -> p.form().partyJoined());
        row("workStarted", candidates, p -> p.form().workStarted());
        row("fullTime", candidates, p -> coded(p.fullTimeEducation()));
        row("inService", candidates, p -> coded(p.inServiceEducation()));
        row("post", candidates, CandidateProfile::currentPost);
        row(
                "inPost",
                candidates,
                p -> p.inPostSince() == null
                        ? ""
                        : getTranslation(
                                "meeting.compare.inPostValue", SelectionLabels.date(p.inPostSince()), p.yearsInPost()));
        row("assessments", candidates, p -> p.assessments().stream()
                .map(g -> getTranslation("meeting.compare.grade", g.year(), coded(g.grade())))
                .collect(Collectors.joining(getTranslation("list.separator"))));
        row(
                "recommendation",
                candidates,
                p -> getTranslation(
                        "meeting.compare.recommendationValue",
                        count(p.interviewVotes()),
                        count(p.meetingVotes()),
                        p.meetingShare() == null ? "—" : p.meetingShare() + "%"));
        row("resume", candidates, p -> p.form().resume());
        add(new Span());
        for (int c = 0; c < candidates.size(); c++) {
            CandidateProfile candidate = candidates.get(c);
            Anchor form = new Anchor(
                    DownloadHandler.fromInputStream(event -> forms.apply(candidate.cadreId())
                            .map(pdf -> new DownloadResponse(
                                    new ByteArrayInputStream(pdf),
                                    candidate.name() + ".pdf",
                                    "application/pdf",
                                    pdf.length))
                            .orElseGet(() -> DownloadResponse.error(404))),
                    getTranslation("meeting.compare.form"));
            form.setTarget("_blank");
            form.setId("compare-form-" + c);
            Anchor file = new Anchor("cadres/" + candidate.cadreId(), getTranslation("meeting.compare.file"));
            file.setTarget("_blank");
            file.setId("compare-file-" + c);
            Div links = new Div(form, new Span(" · "), file);
            add(links);
        }
    }

    private void row(String key, List<CandidateProfile> candidates, Function<CandidateProfile, String> value) {
        Span label = new Span(getTranslation("meeting.compare." + key));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(label);
        for (int c = 0; c < candidates.size(); c++) {
            String text = value.apply(candidates.get(c));
            Span cell = new Span(text == null ? "" : text);
            cell.setId("compare-" + key + "-" + c);
            cell.getStyle().set("white-space", "pre-wrap");
            if ("resume".equals(key)) {
                cell.getStyle().set("font-size", "var(--lumo-font-size-s)");
            }
            add(cell);
        }
    }

    /** A coded value of the cadre file by its label ({@code cadre.<type>.<NAME>}). */
    private String coded(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String type = value.getDeclaringClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2");
        return getTranslation("cadre." + type.toLowerCase(Locale.ROOT) + "." + value.name());
    }

    private static String count(Integer n) {
        return n == null ? "—" : String.valueOf(n);
    }
}
