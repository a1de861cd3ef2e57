package cn.zugong.core.selection.application;

import cn.zugong.api.selection.CaseRef;
import cn.zugong.api.selection.ExchangeRequest;
import cn.zugong.api.selection.SelectionCases;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.selection.domain.CaseStatus;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.core.validation.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Selection cases as plugins read them (SDK {@code SelectionCases}): the post each case fills and
 * the cadres it concerns, behind the tenant filter and the database wall like every other read.
 * The plugin host receives it as the SDK's interface, so that the plugin feature does not import
 * this one (which imports the plugin host for its gates).
 */
@ApplicationScoped
@Transactional
public class PluginSelectionCases implements SelectionCases {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    ExchangeOpening exchanges;

    @Override
    public Optional<CaseRef> find(UUID caseId) {
        return Optional.ofNullable(em.find(SelectionCase.class, caseId)).map(this::ref);
    }

    @Override
    public List<CaseRef> open() {
        return em.createQuery(
                        "select c from SelectionCase c where c.status = :open order by c.openedAt", SelectionCase.class)
                .setParameter("open", CaseStatus.OPEN)
                .getResultStream()
                .map(this::ref)
                .toList();
    }

    /**
     * Opens an exchange case ({@link ExchangeOpening}); the plugin host checks the plugin's
     * {@code selection.open} before it gets here. A refused request is reported with the platform's
     * message key, as the SDK promises.
     */
    @Override
    public CaseRef openExchange(ExchangeRequest request) {
        try {
            return ref(exchanges.open(request));
        } catch (AccessDeniedException e) {
            throw new SecurityException(e.getMessage(), e);
        } catch (ValidationException e) {
            throw new IllegalArgumentException(e.problems().get(0).messageKey(), e);
        }
    }

    private CaseRef ref(SelectionCase c) {
        Optional<UnitPosition> position =
                Optional.ofNullable(c.getPositionId()).map(id -> em.find(UnitPosition.class, id));
        List<UUID> cadres = c.getKind() == SelectionKind.APPOINT
                ? em.createQuery(
                                "select r.cadreId from SelectionCandidate r where r.caseId = :case order by r.id",
                                UUID.class)
                        .setParameter("case", c.getId())
                        .getResultList()
                : Optional.ofNullable(c.getSubjectCadreId()).stream().toList();
        return new CaseRef(
                c.getId(),
                c.getKind(),
                c.getStep(),
                Optional.ofNullable(c.getUnitId()).or(() -> position.map(UnitPosition::getUnitId)),
                Optional.ofNullable(c.getPositionId()),
                position.map(UnitPosition::getPostLevel).map(Enum::name),
                position.map(UnitPosition::isPrincipal).orElse(false),
                cadres);
    }
}
