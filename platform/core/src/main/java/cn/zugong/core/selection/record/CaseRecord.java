package cn.zugong.core.selection.record;

import cn.zugong.core.audit.AuditEntry;
import cn.zugong.core.selection.domain.CaseFile;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * Everything the whole-process record of a case prints, gathered by {@link CaseRecordService}.
 *
 * @param file the case with its candidates, meetings, votes, objections and gate results
 * @param post the post filled or left (unit and title), or null (a retirement)
 * @param cadreNames the names of the cadres the case refers to, by id (a missing one prints as its id)
 * @param journal the case's audit events in chain order
 * @param printedAt when the record is printed
 * @param printedBy who prints it, by display name
 * @param messages the portal's and the started plugins' message bundles, for the gates' names and
 *     reasons and the labels they refer to
 * @param gateNames the message key of each gate's name, by gate id
 * @param people who acted on the case, by display name
 */
public record CaseRecord(
        CaseFile file,
        String post,
        Map<UUID, String> cadreNames,
        List<AuditEntry> journal,
        Instant printedAt,
        String printedBy,
        List<ResourceBundle> messages,
        Map<String, String> gateNames,
        People people) {

    public CaseRecord {
        cadreNames = Map.copyOf(cadreNames);
        journal = List.copyOf(journal);
        messages = List.copyOf(messages);
        gateNames = Map.copyOf(gateNames);
    }
}
