package cn.zugong.testkit.context;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.tenant.TenantContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.api.transfer.CadreTransfer;
import cn.zugong.api.transfer.CadreTransferListener;
import cn.zugong.api.transfer.CadreTransferred;
import cn.zugong.api.transfer.CadreTransfers;
import cn.zugong.api.transfer.TransferProblem;
import cn.zugong.api.transfer.TransferRefusedException;
import cn.zugong.api.transfer.TransferStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Cross-county transfers as the platform runs them, on the in-memory cadre directory and the tenant
 * tree of the division codes (as {@link InMemoryPublications}: {@code 510000} is above every
 * {@code 51xxxx}, {@code 510100} above every {@code 5101xx}). The second acceptance moves the cadre:
 * the sending county's reference becomes inactive, the receiving county gets one under a new id,
 * and the listeners given to {@link #listen} hand over bound to the sending county and take over
 * bound to the receiving one. Unlike the platform it does not check the tenant-admin role.
 */
public final class InMemoryTransfers implements CadreTransfers {

    private final List<Row> rows = new CopyOnWriteArrayList<>();
    private final List<CadreTransferListener> listeners = new CopyOnWriteArrayList<>();
    private final Supplier<TenantContext> tenancy;
    private final Consumer<TenantContext> actAs;
    private final Supplier<Clock> clock;
    private final InMemoryCadreDirectory cadres;

    /** Transfers for the tenancy {@code tenancy} gives, switching it through {@code actAs} for a move. */
    public InMemoryTransfers(
            Supplier<TenantContext> tenancy,
            Consumer<TenantContext> actAs,
            Supplier<Clock> clock,
            InMemoryCadreDirectory cadres) {
        this.tenancy = tenancy;
        this.actAs = actAs;
        this.clock = clock;
        this.cadres = cadres;
    }

    /** The plugin's hook, called at each move as the platform calls a plugin's extension. */
    public void listen(CadreTransferListener listener) {
        listeners.add(listener);
    }

    private static boolean above(TenantId department, TenantId county) {
        String d = department.code();
        String c = county.code();
        return !d.equals(c)
                && ((d.endsWith("0000") && c.startsWith(d.substring(0, 2)))
                        || (d.endsWith("00") && c.startsWith(d.substring(0, 4))));
    }

    @Override
    public List<TenantId> countiesBelow() {
        return List.of();
    }

    /** The division code: the in-memory platform keeps no names. */
    @Override
    public String countyName(TenantId county, java.util.Locale locale) {
        return county.code();
    }

    @Override
    public CadreTransfer propose(TenantId from, TenantId to, String identityNumber, String name, String reason) {
        TenantContext caller = tenancy.get();
        TenantId proposer = TestTenancy.writable(caller);
        if (from.equals(to)) {
            throw new TransferRefusedException(TransferProblem.SAME_COUNTY);
        }
        if (!above(proposer, from) || !above(proposer, to)) {
            throw new TransferRefusedException(TransferProblem.NOT_ABOVE_BOTH);
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new TransferRefusedException(TransferProblem.REASON);
        }
        actAs.accept(TestTenancy.reading(Set.of(from)));
        Optional<CadreRef> cadre;
        try {
            cadre = cadres.byIdentityNumber(identityNumber)
                    .filter(c -> c.active() && name != null && c.name().equals(name.strip()));
        } finally {
            actAs.accept(caller);
        }
        CadreRef found = cadre.orElseThrow(() -> new TransferRefusedException(TransferProblem.CADRE_NOT_FOUND));
        if (rows.stream().anyMatch(r -> r.cadre.id().equals(found.id()) && r.status.open())) {
            throw new TransferRefusedException(TransferProblem.ALREADY_OPEN);
        }
        Row row = new Row(
                UUID.randomUUID(),
                proposer,
                from,
                to,
                found,
                identityNumber,
                reason.strip(),
                clock.get().instant());
        rows.addFirst(row);
        return row.view();
    }

    @Override
    public List<CadreTransfer> proposed() {
        TenantId self = TestTenancy.writable(tenancy.get());
        return rows.stream().filter(r -> r.proposer.equals(self)).map(Row::view).toList();
    }

    @Override
    public List<CadreTransfer> concerning() {
        Set<TenantId> readable = tenancy.get().readableTenants();
        return rows.stream()
                .filter(r -> readable.contains(r.from) || readable.contains(r.to))
                .map(Row::view)
                .toList();
    }

    @Override
    public List<CadreTransfer> awaitingAnswer() {
        Optional<TenantId> county = tenancy.get().writableTenant();
        return rows.stream()
                .filter(r -> county.filter(r::awaits).isPresent())
                .map(Row::view)
                .toList();
    }

    @Override
    public CadreTransfer accept(UUID transferId) {
        TenantId county = TestTenancy.writable(tenancy.get());
        Row row = party(transferId, county);
        if (county.equals(row.from)) {
            row.fromAccepted = true;
        } else {
            row.toAccepted = true;
        }
        row.status = row.fromAccepted && row.toAccepted
                ? TransferStatus.MOVED
                : row.fromAccepted ? TransferStatus.ACCEPTED_BY_FROM : TransferStatus.ACCEPTED_BY_TO;
        if (row.status == TransferStatus.MOVED) {
            move(row);
        }
        return row.view();
    }

    @Override
    public CadreTransfer refuse(UUID transferId, String reason) {
        TenantId county = TestTenancy.writable(tenancy.get());
        Row row = party(transferId, county);
        if (reason == null || reason.isBlank()) {
            throw new TransferRefusedException(TransferProblem.REASON);
        }
        row.status = TransferStatus.REFUSED;
        return row.view();
    }

    @Override
    public CadreTransfer withdraw(UUID transferId) {
        TenantId self = TestTenancy.writable(tenancy.get());
        Row row = rows.stream()
                .filter(r -> r.id.equals(transferId) && r.proposer.equals(self) && r.status.open())
                .findFirst()
                .orElseThrow(() -> new TransferRefusedException(TransferProblem.NOT_OPEN));
        row.status = TransferStatus.WITHDRAWN;
        return row.view();
    }

    private Row party(UUID transferId, TenantId county) {
        Row row = rows.stream()
                .filter(r -> r.id.equals(transferId) && (r.from.equals(county) || r.to.equals(county)))
                .findFirst()
                .orElseThrow(() -> new TransferRefusedException(TransferProblem.NOT_A_PARTY));
        if (!row.awaits(county)) {
            throw new TransferRefusedException(TransferProblem.NOT_OPEN);
        }
        return row;
    }

    private void move(Row row) {
        TenantContext caller = tenancy.get();
        LocalDate on = LocalDate.now(clock.get());
        UUID newId = UUID.randomUUID();
        CadreTransferred moved = new CadreTransferred(row.from, row.to, row.cadre.id(), newId, on, row.id);
        List<List<Map<String, String>>> handed = new ArrayList<>();
        try {
            actAs.accept(TestTenancy.writing(row.from));
            listeners.forEach(l -> handed.add(List.copyOf(l.handOver(moved))));
            cadres.update(new CadreRef(
                    row.cadre.id(),
                    row.from,
                    row.cadre.name(),
                    row.cadre.birthDate(),
                    row.cadre.unitName(),
                    row.cadre.postTitle(),
                    row.cadre.postLevel(),
                    false));
            actAs.accept(TestTenancy.writing(row.to));
            cadres.add(
                    new CadreRef(
                            newId,
                            row.to,
                            row.cadre.name(),
                            row.cadre.birthDate(),
                            Optional.empty(),
                            Optional.empty(),
                            row.cadre.postLevel(),
                            true),
                    row.identityNumber);
            for (int i = 0; i < listeners.size(); i++) {
                listeners.get(i).takeOver(moved, handed.get(i));
            }
        } finally {
            actAs.accept(caller);
        }
        row.effective = on;
        row.newCadreId = newId;
    }

    private static final class Row {
        final UUID id;
        final TenantId proposer;
        final TenantId from;
        final TenantId to;
        final CadreRef cadre;
        final String identityNumber;
        final String reason;
        final Instant proposedAt;
        volatile TransferStatus status = TransferStatus.PROPOSED;
        volatile boolean fromAccepted;
        volatile boolean toAccepted;
        volatile LocalDate effective;
        volatile UUID newCadreId;

        Row(
                UUID id,
                TenantId proposer,
                TenantId from,
                TenantId to,
                CadreRef cadre,
                String identityNumber,
                String reason,
                Instant proposedAt) {
            this.id = id;
            this.proposer = proposer;
            this.from = from;
            this.to = to;
            this.cadre = cadre;
            this.identityNumber = identityNumber;
            this.reason = reason;
            this.proposedAt = proposedAt;
        }

        boolean awaits(TenantId county) {
            return status.open() && ((county.equals(from) && !fromAccepted) || (county.equals(to) && !toAccepted));
        }

        CadreTransfer view() {
            return new CadreTransfer(
                    id,
                    proposer,
                    from,
                    to,
                    cadre.id(),
                    cadre.name(),
                    cadre.postTitle(),
                    reason,
                    status,
                    proposedAt,
                    Optional.ofNullable(effective),
                    Optional.ofNullable(newCadreId));
        }
    }
}
