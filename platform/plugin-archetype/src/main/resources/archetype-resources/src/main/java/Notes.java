package ${package};

import cn.zugong.api.indicator.Measure;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plugin's use cases on its notes, through the services the platform lends it. Every query
 * names the counties it reads: the platform's tenant filter and database wall apply as well, but
 * a supervisor's requests are filtered by what they ask for.
 */
public class Notes {

    private final PluginContext context;

    public Notes(PluginContext context) {
        this.context = context;
    }

    /** Whether the current user may add notes: only for a county of their own, not as a supervisor. */
    public boolean canWrite() {
        return context.tenancy().writableTenant().isPresent();
    }

    /** A page of the readable counties' notes, newest first. */
    public List<Note> page(int offset, int limit) {
        Set<String> counties = context.tenancy().readableTenants().stream()
                .map(TenantId::code)
                .collect(Collectors.toSet());
        if (counties.isEmpty()) {
            return List.of();
        }
        return context.persistence().inTransaction(em -> em.createQuery(
                        "select n from Note n where n.tenantId in :counties order by n.createdAt desc, n.id",
                        Note.class)
                .setParameter("counties", counties)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList());
    }

    /** Adds a note to the user's county and records it in the audit trail. */
    public Note add(String typed) {
        Note note = new Note(new NoteText(typed), LocalDateTime.now(context.clock()));
        context.persistence().run(em -> em.persist(note));
        context.audit().record("note.create", Note.TABLE, note.id().toString(), note.text(), Map.of(), Map.of(
                "text", note.text()));
        return note;
    }

    /** The county's notes written this month, out of all its notes. */
    public Measure thisMonth(TenantId county) {
        LocalDateTime monthStart = startOfMonth(LocalDate.now(context.clock()));
        return context.persistence().inTransaction(em -> {
            long all = em.createQuery("select count(n) from Note n where n.tenantId = :county", Long.class)
                    .setParameter("county", county.code())
                    .getSingleResult();
            long recent = em.createQuery(
                            "select count(n) from Note n where n.tenantId = :county and n.createdAt >= :from",
                            Long.class)
                    .setParameter("county", county.code())
                    .setParameter("from", monthStart)
                    .getSingleResult();
            return new Measure(recent, all);
        });
    }

    /** The first moment of the month of {@code day}. */
    static LocalDateTime startOfMonth(LocalDate day) {
        return day.withDayOfMonth(1).atStartOfDay();
    }
}
