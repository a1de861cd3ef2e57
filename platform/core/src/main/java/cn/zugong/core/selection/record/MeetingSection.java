package cn.zugong.core.selection.record;

import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.MeetingOutcome;
import cn.zugong.core.selection.domain.MeetingRecord;
import cn.zugong.core.selection.domain.Opinion;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionMeeting;
import cn.zugong.core.selection.domain.SelectionVote;
import cn.zugong.core.selection.domain.rules.VoteRules;
import cn.zugong.core.selection.record.RecordLayout.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** One decision meeting in the record: its facts, its outcome, and the table of votes by member. */
final class MeetingSection {

    private final RecordLayout page;
    private final RecordLabels labels;
    private final CaseFile file;
    private final RecordSections sections;

    MeetingSection(RecordLayout page, RecordLabels labels, CaseFile file, RecordSections sections) {
        this.page = page;
        this.labels = labels;
        this.file = file;
        this.sections = sections;
    }

    void write(int n, SelectionMeeting m) {
        page.subheading(labels.format("meeting.heading", n)
                + (m.isReconsideration() ? labels.get("meeting.reconsideration") : ""));
        boolean counted =
                m.getMembersTotal() >= 1 && m.getMembersPresent() >= 0 && m.getMembersPresent() <= m.getMembersTotal();
        String quorum = counted
                ? labels.format(
                        "meeting.quorum.value",
                        VoteRules.quorum(m.getMembersTotal()),
                        labels.get(
                                VoteRules.quorate(m.getMembersTotal(), m.getMembersPresent())
                                        ? "meeting.quorate"
                                        : "meeting.notQuorate"))
                : labels.get("empty");
        List<Field> fields = new ArrayList<>();
        fields.add(Field.of(labels.get("meeting.body"), labels.of("body", m.getBody())));
        fields.add(Field.of(labels.get("meeting.heldOn"), labels.date(m.getHeldOn())));
        fields.add(Field.of(labels.get("meeting.membersTotal"), String.valueOf(m.getMembersTotal())));
        fields.add(Field.of(labels.get("meeting.membersPresent"), String.valueOf(m.getMembersPresent())));
        fields.add(Field.of(labels.get("meeting.quorum"), quorum));
        fields.add(Field.of(
                labels.get("meeting.majority"),
                counted ? String.valueOf(VoteRules.majority(m.getMembersTotal())) : labels.get("empty")));
        fields.add(Field.of(labels.get("meeting.method"), labels.of("method", m.getMethod())));
        fields.add(Field.of(
                labels.get("meeting.recorded"),
                sections.text(sections.person(m.getRecordedBy())) + " " + labels.time(m.getRecordedAt())));
        if (m.getMinutes() != null) {
            fields.add(Field.wide(labels.get("meeting.minutes"), m.getMinutes()));
        }
        List<SelectionVote> votes = file.votesOf(m.getId());
        List<UUID> cadres = votedOn(votes);
        Optional<MeetingOutcome> outcome = counted ? outcome(m, votes, cadres) : Optional.empty();
        outcome.ifPresent(o -> {
            fields.add(Field.of(labels.get("meeting.result"), labels.of("result", o.result())));
            fields.add(Field.of(
                    labels.get("meeting.adopted"),
                    o.adopted().map(sections::name).orElse(labels.get("empty"))));
        });
        page.fields(fields);
        if (cadres.isEmpty()) {
            return;
        }
        List<String> headers = new ArrayList<>();
        headers.add(labels.get("meeting.member"));
        cadres.forEach(cadre -> headers.add(sections.name(cadre)));
        List<List<String>> rows = new ArrayList<>();
        Set<String> members =
                votes.stream().map(SelectionVote::getMember).collect(Collectors.toCollection(LinkedHashSet::new));
        for (String member : members) {
            List<String> row = new ArrayList<>();
            row.add(member);
            for (UUID cadre : cadres) {
                row.add(votes.stream()
                        .filter(v ->
                                v.getMember().equals(member) && v.getCadreId().equals(cadre))
                        .findFirst()
                        .map(v -> labels.of("opinion", v.getOpinion()))
                        .orElse(labels.get("empty")));
            }
            rows.add(row);
        }
        for (Opinion opinion : Opinion.values()) {
            List<String> row = new ArrayList<>();
            row.add(labels.get("meeting.count." + opinion.name()));
            for (UUID cadre : cadres) {
                row.add(String.valueOf(votes.stream()
                        .filter(v -> v.getCadreId().equals(cadre) && v.getOpinion() == opinion)
                        .count()));
            }
            rows.add(row);
        }
        if (counted) {
            List<String> row = new ArrayList<>();
            row.add(labels.get("meeting.candidateResult"));
            for (UUID cadre : cadres) {
                long agree = votes.stream()
                        .filter(v -> v.getCadreId().equals(cadre) && v.getOpinion() == Opinion.AGREE)
                        .count();
                boolean adopted = agree <= m.getMembersTotal() && VoteRules.adopted(m.getMembersTotal(), (int) agree);
                row.add(labels.of(
                        "result", adopted ? MeetingOutcome.Result.ADOPTED : MeetingOutcome.Result.NOT_ADOPTED));
            }
            rows.add(row);
        }
        float[] widths = new float[cadres.size() + 1];
        Arrays.fill(widths, 1);
        widths[0] = 1.4f;
        page.table(headers, widths, rows, false);
    }

    /** The candidates voted on, in the case's order of candidates. */
    private List<UUID> votedOn(List<SelectionVote> votes) {
        Set<UUID> voted = votes.stream().map(SelectionVote::getCadreId).collect(Collectors.toSet());
        List<UUID> ordered = new ArrayList<>();
        file.candidates().stream()
                .map(SelectionCandidate::getCadreId)
                .filter(voted::contains)
                .forEach(ordered::add);
        votes.stream()
                .map(SelectionVote::getCadreId)
                .filter(id -> !ordered.contains(id))
                .distinct()
                .forEach(ordered::add);
        return ordered;
    }

    /** The meeting's outcome under the rules it was recorded with (the journal keeps the one recorded then). */
    private static Optional<MeetingOutcome> outcome(SelectionMeeting m, List<SelectionVote> votes, List<UUID> cadres) {
        if (votes.stream().anyMatch(v -> v.getOpinion() == null)) {
            return Optional.empty();
        }
        MeetingRecord meeting = new MeetingRecord(
                m.getBody(),
                m.getHeldOn(),
                m.getMembersTotal(),
                m.getMembersPresent(),
                m.getMethod(),
                m.getMinutes(),
                votes.stream()
                        .map(v -> new MeetingRecord.Vote(v.getCadreId(), v.getMember(), v.getOpinion()))
                        .toList());
        try {
            return Optional.of(MeetingOutcome.of(meeting, cadres));
        } catch (RuntimeException impossibleCounts) {
            return Optional.empty();
        }
    }
}
