package cn.zugong.core.cadre.application;

import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.cadre.domain.CadreStatusChange;
import cn.zugong.core.cadre.domain.CadreStatusRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Dated status changes (to retired, transferred out, deceased ...). A change follows the rules of
 * {@link CadreStatusRules}, sets the cadre's status and its start, keeps a {@link CadreStatusChange}
 * row and is audited as {@code cadre.status.change}. The writer role and the cadre's own county are
 * required, as for every write.
 */
@ApplicationScoped
@Transactional
public class CadreStatusService {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    CadreAudit audit;

    Clock clock = Clock.systemDefaultZone();

    public CadreStatusChange changeStatus(UUID cadreId, CadreStatus next, LocalDate effective, String note) {
        Cadre cadre = OwnCadre.require(em, cadreId);
        String text = note == null || note.isBlank() ? null : note.strip();
        CadrePartsService.refuse(CadreStatusRules.change(
                cadre.getStatus(), next, effective, text, latestChange(cadreId), LocalDate.now(clock)));
        String before = CadrePartJson.status(cadre);
        CadreStatusChange change = new CadreStatusChange();
        change.setCadreId(cadreId);
        change.setStatus(next);
        change.setEffectiveDate(effective);
        change.setNote(text);
        em.persist(change);
        cadre.setStatus(next);
        cadre.setStatusSince(effective);
        audit.part("cadre.status.change", cadre, before, CadrePartJson.status(cadre));
        return change;
    }

    private Optional<LocalDate> latestChange(UUID cadreId) {
        return Optional.ofNullable(em.createQuery(
                        "select max(s.effectiveDate) from CadreStatusChange s where s.cadreId = :cadre",
                        LocalDate.class)
                .setParameter("cadre", cadreId)
                .getSingleResult());
    }
}
