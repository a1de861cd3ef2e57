package cn.zugong.testkit.context;

import cn.zugong.api.selection.CaseRef;
import cn.zugong.api.selection.ExchangeRequest;
import cn.zugong.api.selection.SelectionCases;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.api.tenant.TenantContext;
import cn.zugong.api.tenant.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The selection cases a test opens, read as the platform reads them: the readable counties' only. */
public final class InMemorySelectionCases implements SelectionCases {

    private final Supplier<TenantContext> tenancy;
    private final Map<UUID, Entry> cases = new ConcurrentHashMap<>();
    private final Map<UUID, ExchangeRequest> exchanges = new ConcurrentHashMap<>();
    private long opened;

    private record Entry(TenantId county, CaseRef selection, long order, boolean open) {}

    InMemorySelectionCases(Supplier<TenantContext> tenancy) {
        this.tenancy = tenancy;
    }

    /** Opens (or replaces) a case of {@code county}. */
    public synchronized CaseRef open(TenantId county, CaseRef selection) {
        cases.put(selection.id(), new Entry(county, selection, opened++, true));
        return selection;
    }

    /** The case is decided or withdrawn: no longer among the {@link #open()} ones. */
    public void close(UUID caseId) {
        cases.computeIfPresent(caseId, (id, e) -> new Entry(e.county(), e.selection(), e.order(), false));
    }

    @Override
    public Optional<CaseRef> find(UUID caseId) {
        return Optional.ofNullable(cases.get(caseId)).filter(this::readable).map(Entry::selection);
    }

    @Override
    public List<CaseRef> open() {
        return cases.values().stream()
                .filter(this::readable)
                .filter(Entry::open)
                .sorted((a, b) -> Long.compare(a.order(), b.order()))
                .map(Entry::selection)
                .toList();
    }

    /**
     * Opens an appointment case at initiation for the exchange, in the writable county, with the
     * cadre as its candidate; the request is kept ({@link #exchange}). A read-only context is
     * refused with a {@link SecurityException}, as on the platform.
     */
    @Override
    public synchronized CaseRef openExchange(ExchangeRequest request) {
        TenantId county =
                tenancy.get().writableTenant().orElseThrow(() -> new SecurityException("error.access.readonly"));
        CaseRef selection = new CaseRef(
                UUID.randomUUID(),
                SelectionKind.APPOINT,
                SelectionStep.INITIATION,
                Optional.empty(),
                Optional.of(request.positionId()),
                Optional.empty(),
                false,
                List.of(request.cadreId()));
        exchanges.put(selection.id(), request);
        return open(county, selection);
    }

    /** The exchange a case was opened for by {@link #openExchange}, if any. */
    public Optional<ExchangeRequest> exchange(UUID caseId) {
        return Optional.ofNullable(exchanges.get(caseId));
    }

    private boolean readable(Entry entry) {
        return tenancy.get().readableTenants().contains(entry.county());
    }
}
