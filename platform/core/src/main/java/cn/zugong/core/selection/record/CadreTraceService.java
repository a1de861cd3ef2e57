package cn.zugong.core.selection.record;

import cn.zugong.core.audit.AuditEntry;
import cn.zugong.core.audit.AuditReader;
import cn.zugong.core.cadre.application.CadreAudit;
import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreNotFoundException;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.selection.application.CaseJournal;
import cn.zugong.core.selection.application.GateService;
import cn.zugong.core.selection.application.SelectionService;
import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.UnitPosition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;

/**
 * The accountability trace (daocha) of a cadre, for whoever reads the cadre's county: every
 * selection case in which the cadre was the subject or a candidate, each with its record in words
 * and chain links. Reading it is a sensitive read, recorded on the cadre ({@code cadre.trace}) in
 * the cadre's county, also for a supervisor reading across counties; a cadre the caller does not
 * read is {@link CadreNotFoundException}, as a missing one.
 */
@ApplicationScoped
@Transactional
public class CadreTraceService {

    public static final String READ = "cadre.trace";

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    CadreService cadres;

    @Inject
    CadreAudit audit;

    @Inject
    SelectionService selections;

    @Inject
    AuditReader trail;

    @Inject
    GateService gates;

    @Inject
    PluginHost plugins;

    /**
     * The trace in the language of {@code locale} (Chinese unless English), gate messages looked up
     * in the portal's bundle the caller passes and the started plugins'.
     */
    public CadreTrace trace(UUID cadreId, Locale locale, ResourceBundle portalTexts) {
        if (!mayRead()) {
            throw new AccessDeniedException("error.access.denied");
        }
        Cadre cadre = cadres.find(cadreId).orElseThrow(CadreNotFoundException::new);
        audit.read(READ, cadre);
        List<ResourceBundle> messages = new ArrayList<>();
        messages.add(portalTexts);
        messages.addAll(plugins.bundles(locale));
        RecordLabels labels = RecordLabels.of(locale).with(messages, gates.nameKeys());
        List<TraceCase> cases = new ArrayList<>();
        for (UUID caseId : caseIds(cadre)) {
            CaseFile file = selections.file(caseId);
            List<AuditEntry> journal = trail.subjectHistory(CaseJournal.SUBJECT, caseId.toString());
            cases.add(TraceAssembly.of(cadreId, file, post(file.selectionCase()), names(file), journal, labels));
        }
        return new CadreTrace(cadre.getId(), cadre.getName(), cadre.getTenantId(), cases);
    }

    /**
     * Whether the user reads traces at all: those who work with selection cases, the county's
     * officers and tenant-admins, and the supervisors (within their scope); not a viewer or an auditor.
     */
    public static boolean mayRead() {
        return CurrentUserHolder.hasRole(CurrentUser.OFFICER)
                || CurrentUserHolder.hasRole(CurrentUser.TENANT_ADMIN)
                || CurrentUserHolder.hasRole(TenancyPolicy.SUPERVISOR);
    }

    /** The trace printed in Chinese, as the department files it; the print is the same audited read. */
    public byte[] pdf(UUID cadreId, ResourceBundle portalTexts) {
        return new TracePdf().render(trace(cadreId, Locale.SIMPLIFIED_CHINESE, portalTexts));
    }

    /** The cases of the cadre's county that name the cadre, oldest first. */
    private List<UUID> caseIds(Cadre cadre) {
        List<String> county = List.of(cadre.getTenantId());
        Set<UUID> ids = new LinkedHashSet<>(em.createQuery(
                        "select c.id from SelectionCase c where c.tenantId in :t and (c.subjectCadreId = :id"
                                + " or c.chosenCadreId = :id or exists (select k.id from SelectionCandidate k"
                                + " where k.tenantId = c.tenantId and k.caseId = c.id and k.cadreId = :id))"
                                + " order by c.openedAt, c.caseNo",
                        UUID.class)
                .setParameter("t", county)
                .setParameter("id", cadre.getId())
                .getResultList());
        return List.copyOf(ids);
    }

    private Map<UUID, String> names(CaseFile file) {
        Set<UUID> ids = new LinkedHashSet<>();
        file.candidates().forEach(k -> ids.add(k.getCadreId()));
        file.votes().forEach(v -> ids.add(v.getCadreId()));
        ids.add(file.selectionCase().getSubjectCadreId());
        ids.add(file.selectionCase().getChosenCadreId());
        ids.remove(null);
        Map<UUID, String> names = new HashMap<>();
        ids.forEach(id -> cadres.find(id).map(Cadre::getName).ifPresent(n -> names.put(id, n)));
        return names;
    }

    private String post(SelectionCase c) {
        UnitPosition position = c.getPositionId() == null ? null : em.find(UnitPosition.class, c.getPositionId());
        if (position == null) {
            return null;
        }
        OrgUnit unit = em.find(OrgUnit.class, position.getUnitId());
        return (unit == null ? "" : unit.getName()) + position.getTitle();
    }
}
