package cn.zugong.core.selection.record;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.SelectionMeeting;
import cn.zugong.core.selection.domain.SelectionObjection;
import cn.zugong.core.selection.record.RecordLayout.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The content of the record, section by section in the order of the procedure (DOMAIN 5.2 to 5.6):
 * an appointment case shows every step, a removal or retirement its initiation, decision and the
 * issuing; then the gate results and the journal ({@link TrailSections}). A step not reached yet
 * says so. Each decision meeting is written by {@link MeetingSection}.
 */
final class RecordSections {

    private final RecordLayout page;
    private final RecordLabels labels;
    private final CaseRecord record;
    private final CaseFile file;
    private final SelectionCase c;
    private final JournalText journal;
    private final List<String> numerals;
    private int section;

    RecordSections(RecordLayout page, RecordLabels labels, CaseRecord record) {
        this.page = page;
        this.labels = labels;
        this.record = record;
        this.file = record.file();
        this.c = file.selectionCase();
        this.journal = new JournalText(labels, record.cadreNames(), record.journal(), file.gates());
        this.numerals = labels.list("numerals");
    }

    void write() {
        page.title(
                labels.get("title"),
                labels.format("printed", text(record.printedBy()), labels.time(record.printedAt())));
        header();
        boolean appointment = c.getKind() == SelectionKind.APPOINT;
        initiation();
        if (appointment) {
            recommendation();
            candidates();
            inspection();
        }
        decision();
        if (appointment) {
            publicity();
        }
        appointment();
        if (appointment) {
            probation();
        }
        TrailSections trail = new TrailSections(page, labels, record, journal, this);
        trail.gates();
        trail.journal();
    }

    void heading(String key) {
        String number = section < numerals.size() ? numerals.get(section) : String.valueOf(section + 1);
        section++;
        page.heading(labels.format("section.format", number, labels.get(key)));
    }

    private void header() {
        List<Field> fields = new ArrayList<>();
        fields.add(Field.of(labels.get("field.caseNo"), c.getCaseNo()));
        fields.add(Field.of(labels.get("field.kind"), labels.of("kind", c.getKind())));
        fields.add(Field.wide(labels.get("field.title"), c.getTitle()));
        if (record.post() != null) {
            fields.add(Field.wide(labels.get("field.post"), record.post()));
        }
        if (c.getSubjectCadreId() != null) {
            fields.add(Field.wide(labels.get("field.subject"), name(c.getSubjectCadreId())));
        }
        fields.add(Field.of(labels.get("field.openedBy"), person(c.getOpenedBy())));
        fields.add(Field.of(labels.get("field.openedAt"), labels.time(c.getOpenedAt())));
        fields.add(Field.of(labels.get("field.step"), labels.of("step", c.getStep())));
        fields.add(Field.of(labels.get("field.status"), labels.of("status", c.getStatus())));
        if (c.getKind() == SelectionKind.APPOINT) {
            fields.add(Field.of(labels.get("field.generalElection"), labels.yesNo(c.isGeneralElection())));
        }
        if (c.getStatusReason() != null) {
            fields.add(Field.wide(labels.get("field.statusReason"), c.getStatusReason()));
        }
        page.fields(fields);
    }

    private void initiation() {
        heading("section.initiation");
        List<Field> fields = new ArrayList<>();
        fields.add(Field.wide(labels.get("initiation.plan"), text(c.getPlan())));
        fields.add(Field.wide(labels.get("initiation.initiator"), text(c.getInitiator())));
        if (c.getKind() == SelectionKind.APPOINT) {
            List<String> intended = file.candidates().stream()
                    .filter(SelectionCandidate::isIntended)
                    .map(k -> name(k.getCadreId()))
                    .toList();
            fields.add(Field.wide(labels.get("initiation.intended"), names(intended)));
        }
        page.fields(fields);
    }

    private void recommendation() {
        heading("section.recommendation");
        if (c.recommendation().getRecommendedOn() == null) {
            page.paragraph(labels.get("notYet"));
            return;
        }
        page.fields(List.of(
                Field.of(
                        labels.get("recommendation.on"),
                        labels.date(c.recommendation().getRecommendedOn())),
                Field.of(
                        labels.get("recommendation.validUntil"),
                        labels.date(c.recommendation().getRecommendedOn().plusYears(1))),
                Field.of(
                        labels.get("recommendation.expected"),
                        number(c.recommendation().getRecommendationExpected())),
                Field.of(
                        labels.get("recommendation.present"),
                        number(c.recommendation().getRecommendationPresent())),
                Field.of(
                        labels.get("recommendation.targeted"),
                        labels.yesNo(c.recommendation().isRecommendationTargeted()))));
        List<List<String>> rows = file.candidates().stream()
                .map(k -> List.of(
                        name(k.getCadreId()),
                        labels.yesNo(k.isIntended()),
                        number(k.getInterviewVotes()),
                        number(k.getMeetingVotes())))
                .toList();
        page.table(
                List.of(
                        labels.get("recommendation.candidate"),
                        labels.get("recommendation.intended"),
                        labels.get("recommendation.interviewVotes"),
                        labels.get("recommendation.meetingVotes")),
                new float[] {2, 1, 1.5f, 1.5f},
                rows,
                false);
    }

    private List<SelectionCandidate> inspected() {
        return file.candidates().stream()
                .filter(SelectionCandidate::isInspected)
                .toList();
    }

    private void candidates() {
        heading("section.candidates");
        List<SelectionCandidate> inspected = inspected();
        if (inspected.isEmpty()) {
            page.paragraph(labels.get("notYet"));
            return;
        }
        page.fields(List.of(Field.wide(
                labels.get("candidates.inspected"),
                names(inspected.stream().map(k -> name(k.getCadreId())).toList()))));
    }

    private void inspection() {
        heading("section.inspection");
        List<SelectionCandidate> inspected = inspected();
        if (c.procedure().getNoticeOn() == null && inspected.isEmpty()) {
            page.paragraph(labels.get("notYet"));
            return;
        }
        page.fields(List.of(
                Field.of(
                        labels.get("inspection.noticeOn"),
                        labels.date(c.procedure().getNoticeOn())),
                Field.of(labels.get("inspection.team"), text(c.procedure().getInspectionTeam()))));
        if (inspected.isEmpty()) {
            return;
        }
        page.subheading(labels.get("inspection.checks"));
        List<List<String>> rows = new ArrayList<>();
        for (SelectionCandidate k : inspected) {
            String exceptional = !k.isExceptional()
                    ? labels.get("no")
                    : k.getExceptionalApproval() == null
                            ? labels.get("inspection.exceptional.pending")
                            : labels.format("inspection.exceptional.approved", k.getExceptionalApproval());
            rows.add(List.of(
                    name(k.getCadreId()),
                    labels.date(k.getFileReviewedOn()),
                    labels.date(k.getMattersCheckedOn()),
                    labels.date(k.getDisciplineOpinionOn()),
                    labels.date(k.getPetitionsCheckedOn()),
                    labels.date(k.getIntegritySignedOn()),
                    exceptional));
        }
        page.table(
                List.of(
                        labels.get("inspection.candidate"),
                        labels.get("inspection.fileReviewedOn"),
                        labels.get("inspection.mattersCheckedOn"),
                        labels.get("inspection.disciplineOpinionOn"),
                        labels.get("inspection.petitionsCheckedOn"),
                        labels.get("inspection.integritySignedOn"),
                        labels.get("inspection.exceptional")),
                new float[] {1.2f, 1.1f, 1.1f, 1.1f, 1.1f, 1.1f, 1.6f},
                rows,
                true);
        for (SelectionCandidate k : inspected) {
            if (k.getChecksNote() != null) {
                page.note(labels.format(
                        "detail.format",
                        labels.get("inspection.note") + " " + name(k.getCadreId()),
                        k.getChecksNote()));
            }
        }
    }

    private void decision() {
        heading("section.decision");
        if (c.getDecidedOn() != null) {
            page.fields(List.of(
                    Field.of(labels.get("decision.decidedOn"), labels.date(c.getDecidedOn())),
                    Field.of(labels.get("decision.chosen"), chosen())));
        }
        if (file.meetings().isEmpty()) {
            page.paragraph(labels.get("meeting.none"));
            return;
        }
        MeetingSection meetings = new MeetingSection(page, labels, file, this);
        int n = 0;
        for (SelectionMeeting m : file.meetings()) {
            meetings.write(++n, m);
        }
    }

    private String chosen() {
        UUID cadre = c.getKind() == SelectionKind.APPOINT ? c.getChosenCadreId() : c.getSubjectCadreId();
        return cadre == null ? labels.get("empty") : name(cadre);
    }

    private void publicity() {
        heading("section.publicity");
        List<Field> fields = new ArrayList<>();
        if (c.publicity().getPublicitySkipped() != null) {
            if (c.publicity().getPublicitySkipGround() != null) {
                fields.add(Field.wide(
                        labels.get("publicity.ground"),
                        labels.of("publicity.ground", c.publicity().getPublicitySkipGround())));
            }
            fields.add(Field.wide(labels.get("publicity.skipped"), c.publicity().getPublicitySkipped()));
        } else if (c.publicity().getPublicityFrom() != null) {
            fields.add(Field.of(
                    labels.get("publicity.from"), labels.date(c.publicity().getPublicityFrom())));
            fields.add(Field.of(
                    labels.get("publicity.to"), labels.date(c.publicity().getPublicityTo())));
        } else {
            page.paragraph(labels.get("notYet"));
            return;
        }
        page.fields(fields);
        List<SelectionObjection> objections = file.objections();
        if (objections.isEmpty()) {
            if (c.publicity().getPublicityFrom() != null) {
                page.paragraph(
                        publicityEnded() ? labels.get("publicity.noObjections") : labels.get("publicity.running"));
            }
            return;
        }
        List<List<String>> rows = objections.stream()
                .map(o -> List.of(
                        labels.date(o.getReceivedOn()),
                        text(o.getSummary()),
                        o.getAffects() == null ? labels.get("publicity.pending") : labels.yesNo(o.getAffects()),
                        text(o.getResolution())))
                .toList();
        page.table(
                List.of(
                        labels.get("publicity.receivedOn"),
                        labels.get("publicity.summary"),
                        labels.get("publicity.affects"),
                        labels.get("publicity.resolution")),
                new float[] {1.1f, 3, 0.9f, 3},
                rows,
                false);
    }

    /** Whether the publicity's last day is past on the day the record is printed. */
    private boolean publicityEnded() {
        LocalDate printed = LocalDate.ofInstant(record.printedAt(), RecordLabels.ZONE);
        return c.publicity().getPublicityTo() != null
                && printed.isAfter(c.publicity().getPublicityTo());
    }

    private void appointment() {
        heading(
                c.getKind() == SelectionKind.APPOINT
                        ? "section.appointment"
                        : "section.appointment." + c.getKind().name());
        if (c.getDocumentNo() == null && c.getAppointedOn() == null) {
            page.paragraph(labels.get("notYet"));
            return;
        }
        List<Field> fields = new ArrayList<>();
        fields.add(Field.of(labels.get("appointment.documentNo"), text(c.getDocumentNo())));
        fields.add(Field.of(labels.get("appointment.issuedOn"), labels.date(c.getAppointedOn())));
        if (c.getKind() == SelectionKind.APPOINT) {
            fields.add(Field.of(labels.get("appointment.chosen"), chosen()));
            fields.add(Field.of(labels.get("appointment.termStart"), labels.date(c.getDecidedOn())));
            fields.add(Field.of(labels.get("appointment.talkOn"), labels.date(c.getTalkOn())));
            fields.add(Field.of(labels.get("appointment.probation"), labels.yesNo(c.isProbation())));
            if (c.isProbation()) {
                fields.add(Field.of(labels.get("appointment.probationUntil"), labels.date(c.getProbationUntil())));
            }
        }
        page.fields(fields);
    }

    private void probation() {
        heading("section.probation");
        if (!c.isProbation()) {
            page.paragraph(labels.get(c.getAppointedOn() == null ? "notYet" : "probation.none"));
            return;
        }
        List<Field> fields = new ArrayList<>();
        fields.add(Field.of(labels.get("probation.until"), labels.date(c.getProbationUntil())));
        Boolean confirmed = c.getProbationConfirmed();
        fields.add(Field.of(
                labels.get("probation.result"),
                labels.get(
                        confirmed == null
                                ? "probation.running"
                                : confirmed ? "probation.confirmed" : "probation.removed")));
        Optional<Map<String, String>> end = journal.last("selection.probation.end");
        end.map(d -> d.get("on")).ifPresent(on -> fields.add(Field.of(labels.get("probation.endedOn"), dateText(on))));
        end.map(d -> d.get("note")).ifPresent(note -> fields.add(Field.wide(labels.get("probation.note"), note)));
        page.fields(fields);
    }

    /** Who acted, by display name (the login id stays in the audit trail). */
    String person(String login) {
        return record.people().name(login);
    }

    String name(UUID cadre) {
        return cadre == null ? labels.get("empty") : record.cadreNames().getOrDefault(cadre, cadre.toString());
    }

    private String names(List<String> names) {
        return names.isEmpty() ? labels.get("empty") : String.join(labels.get("list.separator"), names);
    }

    String text(String value) {
        return value == null || value.isBlank() ? labels.get("empty") : value;
    }

    private String number(Integer value) {
        return value == null ? labels.get("empty") : value.toString();
    }

    private String dateText(String iso) {
        try {
            return labels.date(LocalDate.parse(iso));
        } catch (RuntimeException notADate) {
            return iso;
        }
    }
}
