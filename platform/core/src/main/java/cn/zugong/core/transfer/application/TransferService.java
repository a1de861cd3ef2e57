package cn.zugong.core.transfer.application;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.api.transfer.CadreTransfer;
import cn.zugong.api.transfer.CadreTransfers;
import cn.zugong.api.transfer.TransferProblem;
import cn.zugong.api.transfer.TransferRefusedException;
import cn.zugong.api.transfer.TransferStatus;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.core.transfer.domain.TransferProposal;
import cn.zugong.core.transfer.domain.TransferRules;
import cn.zugong.core.transfer.infrastructure.CountySide;
import cn.zugong.core.transfer.infrastructure.WallPhase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The use cases of cross-county transfers, as the SDK's {@link CadreTransfers} offers them to the
 * pages. The proposer names the cadre by identity number and name: it reads no county's data, and
 * the platform looks the cadre up in the sending county bound to that county alone (recorded in
 * that county's trail). The counties read the proposal row and nothing of each other's.
 */
@ApplicationScoped
@Transactional
public class TransferService implements CadreTransfers {

    private static final List<TransferStatus> OPEN =
            List.of(TransferStatus.PROPOSED, TransferStatus.ACCEPTED_BY_FROM, TransferStatus.ACCEPTED_BY_TO);

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    TenantDirectory tenants;

    @Inject
    AuditTrail audit;

    @Inject
    CadreMove move;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public List<TenantId> countiesBelow() {
        Optional<Tenant> self = TenancyHolder.current().writable().flatMap(tenants::find);
        return self.map(node -> tenants.active().stream()
                        .filter(t -> TransferRules.above(node.path(), t.path(), t.path()))
                        .map(Tenant::id)
                        .sorted()
                        .toList())
                .orElse(List.of());
    }

    @Override
    public String countyName(TenantId county, Locale locale) {
        return tenants.find(county).map(t -> t.name(locale)).orElse(county.code());
    }

    @Override
    public CadreTransfer propose(TenantId from, TenantId to, String identityNumber, String name, String reason) {
        if (!CountyAccess.canWrite()) {
            throw new TransferRefusedException(TransferProblem.NOT_ABOVE_BOTH);
        }
        TenantId proposer = TenancyHolder.current().writable().orElseThrow();
        if (from.equals(to)) {
            throw new TransferRefusedException(TransferProblem.SAME_COUNTY);
        }
        String path = tenants.find(proposer).map(Tenant::path).orElse("-");
        Tenant sending = activeTenant(from);
        Tenant receiving = activeTenant(to);
        if (sending == null || receiving == null || !TransferRules.above(path, sending.path(), receiving.path())) {
            throw new TransferRefusedException(TransferProblem.NOT_ABOVE_BOTH);
        }
        String why = TransferRules.reason(reason);
        String typed = name == null ? "" : name.strip();
        if (identityNumber == null || identityNumber.isBlank() || typed.isEmpty()) {
            throw new TransferRefusedException(TransferProblem.CADRE_NOT_FOUND);
        }
        TransferProposal proposal = WallPhase.run(em, Tenancy.reading(Set.of(from)), () -> {
            CountySide.Named cadre = WallPhase.jdbc(em, c -> CountySide.byIdNumber(c, from.code(), identityNumber))
                    .filter(found -> found.name().equals(typed) && "ACTIVE".equals(found.status()))
                    .orElseThrow(() -> new TransferRefusedException(TransferProblem.CADRE_NOT_FOUND));
            if (!open(from, cadre.id()).isEmpty()) {
                throw new TransferRefusedException(TransferProblem.ALREADY_OPEN);
            }
            TransferProposal made = new TransferProposal(
                    proposer, from, to, cadre.id(), cadre.name(), cadre.currentPost(), why, user(), clock.instant());
            audit.record(from, "cadre.transfer.propose", "cadre", cadre.id().toString(), summary(made), null, null);
            return made;
        });
        em.persist(proposal);
        audit.record("cadre.transfer.propose", "transfer", proposal.getId().toString(), summary(proposal), null, null);
        return proposal.view();
    }

    @Override
    public List<CadreTransfer> proposed() {
        return TenancyHolder.current()
                .one()
                .map(t -> em.createQuery(
                                "select p from TransferProposal p where p.tenantId = :t order by p.proposedAt desc",
                                TransferProposal.class)
                        .setParameter("t", t.code())
                        .getResultStream()
                        .map(TransferProposal::view)
                        .toList())
                .orElse(List.of());
    }

    @Override
    public List<CadreTransfer> concerning() {
        return concerningRows().stream().map(TransferProposal::view).toList();
    }

    @Override
    public List<CadreTransfer> awaitingAnswer() {
        Optional<TenantId> county = TenancyHolder.current().one();
        return concerningRows().stream()
                .filter(p -> county.filter(p::awaits).isPresent())
                .map(TransferProposal::view)
                .toList();
    }

    @Override
    public CadreTransfer accept(UUID transferId) {
        TenantId county = requireAdmin();
        TransferProposal proposal = party(transferId, county);
        boolean both = proposal.accept(county, user(), clock.instant());
        audit.record("cadre.transfer.accept", "transfer", transferId.toString(), summary(proposal), null, null);
        if (both) {
            LocalDate on = LocalDate.now(clock);
            UUID newId = move.move(proposal, on);
            proposal.moved(newId, on, clock.instant());
        }
        return proposal.view();
    }

    @Override
    public CadreTransfer refuse(UUID transferId, String reason) {
        TenantId county = requireAdmin();
        TransferProposal proposal = party(transferId, county);
        if (!proposal.awaits(county)) {
            throw new TransferRefusedException(TransferProblem.NOT_OPEN);
        }
        proposal.refuse(county, TransferRules.reason(reason), user(), clock.instant());
        audit.record("cadre.transfer.refuse", "transfer", transferId.toString(), summary(proposal), null, null);
        return proposal.view();
    }

    @Override
    public CadreTransfer withdraw(UUID transferId) {
        TenantId proposer = TenancyHolder.current()
                .writable()
                .filter(t -> CountyAccess.canWrite())
                .orElseThrow(() -> new TransferRefusedException(TransferProblem.NOT_ABOVE_BOTH));
        TransferProposal proposal = Optional.ofNullable(em.find(TransferProposal.class, transferId))
                .filter(p -> p.proposer().equals(proposer))
                .orElseThrow(() -> new TransferRefusedException(TransferProblem.NOT_OPEN));
        proposal.withdraw(clock.instant());
        audit.record("cadre.transfer.withdraw", "transfer", transferId.toString(), summary(proposal), null, null);
        return proposal.view();
    }

    private List<TransferProposal> concerningRows() {
        return TenancyHolder.current()
                .one()
                .map(t -> em.createQuery(
                                "select p from TransferProposal p where p.fromTenant = :t or p.toTenant = :t"
                                        + " order by p.proposedAt desc",
                                TransferProposal.class)
                        .setParameter("t", t.code())
                        .getResultList())
                .orElse(List.of());
    }

    private List<TransferProposal> open(TenantId from, UUID cadreId) {
        return em.createQuery(
                        "select p from TransferProposal p where p.fromTenant = :from and p.cadreId = :cadre"
                                + " and p.status in :open",
                        TransferProposal.class)
                .setParameter("from", from.code())
                .setParameter("cadre", cadreId)
                .setParameter("open", OPEN)
                .getResultList();
    }

    /** The proposal, if the county is one of its two; otherwise refused as not a party. */
    private TransferProposal party(UUID transferId, TenantId county) {
        TransferProposal proposal = transferId == null ? null : em.find(TransferProposal.class, transferId);
        if (proposal == null) {
            throw new TransferRefusedException(TransferProblem.NOT_A_PARTY);
        }
        proposal.side(county);
        return proposal;
    }

    private static TenantId requireAdmin() {
        return TenancyHolder.current()
                .writable()
                .filter(t -> CurrentUserHolder.hasRole(CurrentUser.TENANT_ADMIN))
                .orElseThrow(() -> new TransferRefusedException(TransferProblem.NOT_A_PARTY));
    }

    private Tenant activeTenant(TenantId id) {
        return tenants.find(id).filter(Tenant::active).orElse(null);
    }

    private static String user() {
        return CurrentUserHolder.current().map(CurrentUser::username).orElse(AuditTrail.SYSTEM);
    }

    private static String summary(TransferProposal p) {
        return p.getCadreName() + " " + p.from().code() + " → " + p.to().code();
    }
}
