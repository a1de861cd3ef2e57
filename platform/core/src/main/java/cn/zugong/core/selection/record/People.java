package cn.zugong.core.selection.record;

import cn.zugong.core.audit.AuditEntry;
import cn.zugong.core.selection.application.CaseJournal;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The people who acted on a case by their display names, as the case journal recorded them at the
 * time of each action ({@link CaseJournal#BY}) beside the login id the audit trail keeps. A login
 * id the journal knows no name for (events recorded before names were kept) stays as it is.
 */
public final class People implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> names;

    private People(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    /** Nobody known: every login id stays as it is. */
    public static People none() {
        return new People(Map.of());
    }

    /** The names the events recorded; a later event's name wins. */
    public static People of(Iterable<AuditEntry> events) {
        Map<String, String> names = new HashMap<>();
        for (AuditEntry e : events) {
            if (e.actor() == null) {
                continue;
            }
            FlatJson.parse(e.afterJson())
                    .map(fields -> fields.get(CaseJournal.BY))
                    .filter(name -> !name.isBlank())
                    .ifPresent(name -> names.put(e.actor(), name));
        }
        return new People(names);
    }

    /** The display name of the login id, or the id when none is known; null for null. */
    public String name(String login) {
        return login == null ? null : names.getOrDefault(login, login);
    }
}
