package cn.zugong.core.selection.record;

import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.selection.application.CaseJournal;
import cn.zugong.core.selection.application.DecisionMeetingService;
import cn.zugong.core.selection.application.SelectionService;
import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.MeetingBody;
import cn.zugong.core.selection.domain.SelectionMeeting;
import cn.zugong.core.selection.domain.SelectionWithdrawal;
import cn.zugong.core.tenant.CountyAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The printed agenda and minutes of a decision meeting (huiyi yicheng yu jiyao): the items in the
 * order discussed, and for each the votes recorded on that day, or "not voted" (printed before the
 * meeting, it is the agenda). Each print is recorded on every case it shows ({@code
 * selection.meeting.print}).
 */
@ApplicationScoped
@Transactional
public class MeetingMinutesService {

    @Inject
    SelectionService selections;

    @Inject
    DecisionMeetingService meetings;

    @Inject
    CadreService cadres;

    @Inject
    CaseJournal journal;

    /**
     * The agenda and minutes as PDF, for the writer's county's cases.
     *
     * @param present the members present, by name, in the order of the list
     * @param absent the members who should attend and did not
     */
    public byte[] pdf(
            MeetingBody body, LocalDate heldOn, List<String> present, List<String> absent, List<UUID> caseIds) {
        CountyAccess.requireWriter();
        List<MinutesPdf.Item> items = new ArrayList<>();
        for (UUID caseId : caseIds) {
            CaseFile file = selections.file(caseId);
            Optional<SelectionMeeting> held = file.meetings().stream()
                    .filter(m -> m.getHeldOn().equals(heldOn))
                    .reduce((first, later) -> later);
            List<SelectionWithdrawal> withdrawals = held.map(m -> meetings.withdrawals(caseId).stream()
                            .filter(w -> w.getMeetingId().equals(m.getId()))
                            .toList())
                    .orElse(List.of());
            items.add(new MinutesPdf.Item(
                    file, held, held.map(m -> file.votesOf(m.getId())).orElse(List.of()), withdrawals, names(file)));
            journal.read(file.selectionCase(), "meeting.print", "heldOn", heldOn);
        }
        return new MinutesPdf().render(body, heldOn, present, absent, items);
    }

    private Map<UUID, String> names(CaseFile file) {
        Map<UUID, String> names = new HashMap<>();
        List<UUID> ids = new ArrayList<>();
        file.candidates().forEach(k -> ids.add(k.getCadreId()));
        ids.add(file.selectionCase().getSubjectCadreId());
        ids.stream()
                .filter(Objects::nonNull)
                .forEach(id -> cadres.find(id).map(Cadre::getName).ifPresent(n -> names.put(id, n)));
        return names;
    }
}
