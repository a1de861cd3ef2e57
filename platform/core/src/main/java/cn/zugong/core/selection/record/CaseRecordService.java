package cn.zugong.core.selection.record;

import cn.zugong.core.audit.AuditEntry;
import cn.zugong.core.audit.AuditReader;
import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.selection.application.CaseJournal;
import cn.zugong.core.selection.application.GateService;
import cn.zugong.core.selection.application.SelectionService;
import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.CaseNotFoundException;
import cn.zugong.core.selection.domain.GateRecord;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.SelectionVote;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.UnitPosition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The whole-process record of a case as PDF (quancheng jishi biao), for whoever reads the case's
 * county: the case file, the cadres' names, and the case's journal from the audit trail. Each
 * print is itself recorded on the case ({@code selection.record.print}) in the case's county,
 * after the journal was read, so the sheet ends with the event before its own print.
 */
@ApplicationScoped
@Transactional
public class CaseRecordService {

    public static final String PRINT = "record.print";

    private static final Logger LOG = Logger.getLogger(CaseRecordService.class.getName());

    private final CaseRecordPdf pdf = new CaseRecordPdf();

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    SelectionService selections;

    @Inject
    AuditReader audit;

    @Inject
    CadreService cadres;

    @Inject
    CaseJournal journal;

    @Inject
    PluginHost plugins;

    @Inject
    GateService gates;

    Clock clock = Clock.systemUTC();

    /**
     * The record of the case in Chinese, its messages looked up in the portal's bundle (the
     * Chinese {@code i18n/messages} of the portal, which the caller has) and the started plugins'.
     *
     * @throws CaseNotFoundException for a case that does not exist or that the caller does not read
     */
    public byte[] pdf(UUID caseId, ResourceBundle portalTexts) {
        CaseFile file = selections.file(caseId);
        SelectionCase c = file.selectionCase();
        List<AuditEntry> history =
                audit.subjectHistory(CaseJournal.SUBJECT, c.getId().toString());
        journal.read(c, PRINT, "events", history.size());
        String printedBy =
                CurrentUserHolder.current().map(CurrentUser::displayName).orElse("");
        List<ResourceBundle> messages = new ArrayList<>();
        messages.add(portalTexts);
        messages.addAll(pluginTexts());
        return pdf.render(new CaseRecord(
                file,
                post(c),
                names(file),
                history,
                clock.instant(),
                printedBy,
                messages,
                gates.nameKeys(),
                People.of(history)));
    }

    /**
     * The people who acted on a case the caller reads, by display name, from the case's journal.
     *
     * @throws CaseNotFoundException for a case that does not exist or that the caller does not read
     */
    public People people(UUID caseId) {
        SelectionCase c = selections.find(caseId);
        return People.of(audit.subjectHistory(CaseJournal.SUBJECT, c.getId().toString()));
    }

    /** The unit and title of the post filled or left. */
    private String post(SelectionCase c) {
        UnitPosition position = c.getPositionId() == null ? null : em.find(UnitPosition.class, c.getPositionId());
        if (position == null) {
            return null;
        }
        OrgUnit unit = em.find(OrgUnit.class, position.getUnitId());
        return (unit == null ? "" : unit.getName()) + position.getTitle();
    }

    /** The names of every cadre the case refers to, as far as the caller reads them. */
    private Map<UUID, String> names(CaseFile file) {
        SelectionCase c = file.selectionCase();
        Set<UUID> ids = new LinkedHashSet<>();
        file.candidates().stream().map(SelectionCandidate::getCadreId).forEach(ids::add);
        file.votes().stream().map(SelectionVote::getCadreId).forEach(ids::add);
        file.gates().stream().map(GateRecord::getCadreId).forEach(ids::add);
        ids.add(c.getSubjectCadreId());
        ids.add(c.getChosenCadreId());
        ids.remove(null);
        Map<UUID, String> names = new HashMap<>();
        for (UUID id : ids) {
            cadres.find(id).map(Cadre::getName).ifPresent(name -> names.put(id, name));
        }
        return names;
    }

    /** The started plugins' Chinese messages, for their gates' reasons; none if a bundle is broken. */
    private List<ResourceBundle> pluginTexts() {
        try {
            return plugins.bundles(Locale.SIMPLIFIED_CHINESE);
        } catch (MissingResourceException brokenPlugin) {
            LOG.warning(() -> "A plugin's message bundle is missing: " + brokenPlugin.getMessage());
            return List.of();
        }
    }
}
