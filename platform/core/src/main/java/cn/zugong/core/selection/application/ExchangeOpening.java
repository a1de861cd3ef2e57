package cn.zugong.core.selection.application;

import cn.zugong.api.selection.ExchangeRequest;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.selection.domain.CaseExchange;
import cn.zugong.core.selection.domain.OpenCase;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Opens the selection case of an exchange (交流, DOMAIN.md 2.1) a plugin asks for: an appointment of
 * the cadre to the position, with the cadre as the intended candidate, opened at initiation like any
 * case (same checks, journal and gates), and marked with the exchange's type, reason and reference.
 * The county wall holds as for an officer's case: a writer of the county only, its own cadre and post.
 */
@ApplicationScoped
@Transactional
public class ExchangeOpening {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    SelectionService selection;

    @Inject
    CaseJournal journal;

    public SelectionCase open(ExchangeRequest request) {
        String tenant = CountyAccess.requireWriter();
        Cadre cadre = em.find(Cadre.class, request.cadreId());
        if (cadre == null || !tenant.equals(cadre.getTenantId())) {
            throw new ValidationException(List.of(new Problem("cadre", "selection.candidate.notFound")));
        }
        String post = Optional.ofNullable(em.find(UnitPosition.class, request.positionId()))
                .filter(p -> tenant.equals(p.getTenantId()))
                .map(p -> Optional.ofNullable(em.find(OrgUnit.class, p.getUnitId()))
                                .map(OrgUnit::getName)
                                .orElse("")
                        + p.getTitle())
                .orElse("");
        String title = cut(request.reference() + "：" + cadre.getName() + " → " + post, SelectionService.MAX_TITLE);
        SelectionCase c = selection.open(new OpenCase(
                SelectionKind.APPOINT,
                title,
                request.positionId(),
                null,
                false,
                null,
                request.reference(),
                List.of(request.cadreId())));
        em.persist(new CaseExchange(c.getId(), request.type(), request.reason(), request.reference()));
        em.flush();
        journal.record(
                c, "exchange", "type", request.type(), "reason", request.reason(), "reference", request.reference());
        return c;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** The exchange mark of a case, when it is one. */
    public Optional<CaseExchange> of(java.util.UUID caseId) {
        return em.createQuery("select x from CaseExchange x where x.caseId = :case", CaseExchange.class)
                .setParameter("case", caseId)
                .getResultStream()
                .findFirst();
    }
}
