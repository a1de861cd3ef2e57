package cn.zugong.core.selection.record;

import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.MeetingBody;
import cn.zugong.core.selection.domain.Opinion;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.SelectionMeeting;
import cn.zugong.core.selection.domain.SelectionVote;
import cn.zugong.core.selection.domain.SelectionWithdrawal;
import cn.zugong.core.selection.domain.rules.VoteRules;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Prints a decision meeting's agenda and minutes as an A4 PDF in Chinese: attendance against the
 * quorum, then each item with each candidate's opinions counted, who withdrew and the result, and
 * every member's opinion in the order entered. An item not voted on that day prints as such.
 */
final class MinutesPdf {

    /** One agenda item with what was recorded for it on the day of the meeting, if anything. */
    record Item(
            CaseFile file,
            Optional<SelectionMeeting> meeting,
            List<SelectionVote> votes,
            List<SelectionWithdrawal> withdrawals,
            Map<UUID, String> names) {}

    private final RecordLabels labels = RecordLabels.of(Locale.SIMPLIFIED_CHINESE);

    byte[] render(MeetingBody body, LocalDate heldOn, List<String> present, List<String> absent, List<Item> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 46, 50);
        PdfWriter.getInstance(document, out);
        String title = labels.format("minutes.title", labels.of("body", body));
        document.addTitle(title);
        document.addCreator("Zugong");
        document.open();
        RecordLayout page = new RecordLayout(document);
        page.title(title, labels.format("minutes.heldOn", labels.date(heldOn)));
        int total = present.size() + absent.size();
        if (total > 0) {
            page.paragraph(labels.format(
                    "minutes.attendance", total, present.size(), VoteRules.quorum(total), VoteRules.majority(total)));
        }
        page.fields(List.of(
                RecordLayout.Field.wide(labels.get("minutes.members"), joined(present)),
                RecordLayout.Field.wide(labels.get("minutes.absent"), joined(absent))));
        int n = 1;
        for (Item item : items) {
            item(page, n++, item);
        }
        document.close();
        return out.toByteArray();
    }

    private void item(RecordLayout page, int n, Item item) {
        SelectionCase c = item.file().selectionCase();
        page.heading(labels.format("minutes.item", n, c.getCaseNo(), c.getTitle()));
        if (item.meeting().isEmpty()) {
            page.paragraph(labels.get("minutes.notRecorded"));
            return;
        }
        Set<UUID> cadres = new LinkedHashSet<>();
        item.votes().forEach(v -> cadres.add(v.getCadreId()));
        item.withdrawals().forEach(w -> cadres.add(w.getCadreId()));
        List<List<String>> rows = new ArrayList<>();
        for (UUID cadre : cadres) {
            boolean adopted = cadre.equals(c.getChosenCadreId())
                    && item.meeting().get().getHeldOn().equals(c.getDecidedOn());
            rows.add(List.of(
                    name(item, cadre),
                    String.valueOf(count(item, cadre, Opinion.AGREE)),
                    String.valueOf(count(item, cadre, Opinion.DISAGREE)),
                    String.valueOf(count(item, cadre, Opinion.DEFER)),
                    item.withdrawals().stream()
                            .filter(w -> w.getCadreId().equals(cadre))
                            .map(SelectionWithdrawal::getMember)
                            .collect(Collectors.joining(labels.get("list.separator"))),
                    labels.get(adopted ? "result.ADOPTED" : "result.NOT_ADOPTED")));
        }
        page.table(
                List.of(
                        labels.get("minutes.candidate"),
                        labels.get("minutes.agree"),
                        labels.get("minutes.disagree"),
                        labels.get("minutes.defer"),
                        labels.get("minutes.withdrawn"),
                        labels.get("minutes.result")),
                new float[] {1.4f, 0.7f, 0.7f, 0.7f, 1.6f, 1f},
                rows,
                false);
        page.note(labels.get("minutes.votes") + "："
                + item.votes().stream()
                        .map(v -> labels.format(
                                "detail.vote",
                                name(item, v.getCadreId()),
                                v.getMember(),
                                labels.of("opinion", v.getOpinion())))
                        .collect(Collectors.joining(labels.get("list.separator"))));
    }

    private static long count(Item item, UUID cadre, Opinion opinion) {
        return item.votes().stream()
                .filter(v -> v.getCadreId().equals(cadre) && v.getOpinion() == opinion)
                .count();
    }

    private static String name(Item item, UUID cadre) {
        return item.names().getOrDefault(cadre, String.valueOf(cadre));
    }

    private String joined(List<String> names) {
        return names.isEmpty() ? labels.get("empty") : String.join(labels.get("list.separator"), names);
    }
}
