package cn.zugong.plugin.rotation.service;

import cn.zugong.api.career.Holding;
import cn.zugong.api.event.CadreEvent;
import cn.zugong.api.indicator.Measure;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.Problem;
import cn.zugong.plugin.rotation.data.Exchange;
import cn.zugong.plugin.rotation.data.ExchangeRepository;
import cn.zugong.plugin.rotation.exchange.ExchangeChecks;
import cn.zugong.plugin.rotation.exchange.ExchangeFile;
import cn.zugong.plugin.rotation.exchange.ExchangeStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A county's exchange cases (DOMAIN §2.4, §2.5): their file kept and their state moved as {@link
 * ExchangeChecks} allows, each change audited. A case closes only once the registry holds the cadre's
 * new post: the platform's {@code Appointed} event for the case's selection case (or the cadre and the
 * post) records the day, and the case closes then if its relations are transferred, or as soon as
 * they are; an officer may also have the registry checked.
 */
public final class ExchangeCases {

    private final PluginContext context;
    private final DueService due;

    public ExchangeCases(PluginContext context) {
        this.context = context;
        this.due = new DueService(context);
    }

    public List<Exchange> list(TenantId county) {
        return context.persistence().inTransaction(em -> new ExchangeRepository(em, county).list());
    }

    public Optional<Exchange> find(TenantId county, UUID id) {
        return context.persistence().inTransaction(em -> new ExchangeRepository(em, county).find(id));
    }

    /** Cases closed this year of those closed this year or under way: the indicator's reading. */
    public Measure doneThisYear(TenantId county) {
        int year = due.today().getYear();
        return context.persistence().inTransaction(em -> {
            ExchangeRepository cases = new ExchangeRepository(em, county);
            return new Measure(cases.closedIn(year), cases.activeIn(year));
        });
    }

    /** Keeps the case's file as entered, checked for length; the state does not change. */
    public List<Problem> record(TenantId county, UUID id, ExchangeFile file) {
        Counties.requireWritable(context.tenancy(), county);
        Optional<Exchange> found = find(county, id);
        if (found.isEmpty()) {
            return List.of(Problem.of("exchange", "rotation.exchange.error.notFound"));
        }
        Exchange e = found.get();
        if (!e.status().open()) {
            return List.of(Problem.of("status", "rotation.exchange.error.ended"));
        }
        ExchangeFile kept = new ExchangeFile(
                file.sendingOpinion(),
                file.receivingOpinion(),
                file.talkRecord(),
                file.talkedOn(),
                file.handedOverOn(),
                file.reportedOn(),
                file.partyRelation(),
                file.salaryRelation(),
                file.personnelFile(),
                file.departureAudit(),
                e.file().appointedOn());
        for (String text : List.of(kept.sendingOpinion(), kept.receivingOpinion(), kept.talkRecord())) {
            if (text.length() > ExchangeFile.MAX_TEXT) {
                return List.of(Problem.of("file", "rotation.exchange.error.tooLong", ExchangeFile.MAX_TEXT));
            }
        }
        store(county, e, e.status(), e.statusSince(), kept);
        audit(AuditedActions.EXCHANGE_UPDATE, e, Map.of(), Map.of("departureAudit", kept.departureAudit()));
        return List.of();
    }

    /** Moves the case to {@code to}: the next step, or cancelled. */
    public List<Problem> move(TenantId county, UUID id, ExchangeStatus to) {
        Counties.requireWritable(context.tenancy(), county);
        Optional<Exchange> found = find(county, id);
        if (found.isEmpty()) {
            return List.of(Problem.of("exchange", "rotation.exchange.error.notFound"));
        }
        Exchange e = found.get();
        List<Problem> problems = ExchangeChecks.enter(e.status(), to, e.file());
        if (!problems.isEmpty()) {
            return problems;
        }
        ExchangeStatus reached = closeIfDone(to, e.file());
        store(county, e, reached, due.today(), e.file());
        audit(AuditedActions.EXCHANGE_MOVE, e, Map.of("status", e.status().name()), Map.of("status", reached.name()));
        return List.of();
    }

    /** Looks in the registry for the cadre's holding of the case's post, as the event would. */
    public void checkRegistry(TenantId county, UUID id) {
        Counties.requireWritable(context.tenancy(), county);
        find(county, id).ifPresent(e -> context.careers().of(e.cadreId()).ifPresent(career -> career.holdings().stream()
                .filter(h -> h.positionId().filter(e.positionId()::equals).isPresent())
                .map(Holding::start)
                .findFirst()
                .ifPresent(on -> appointed(county, e, on))));
    }

    /** The platform's event: the cadre took up a post; the exchange case of that move records it. */
    public void onAppointed(CadreEvent.Appointed event) {
        TenantId county = event.tenant();
        List<Exchange> cases = context.persistence()
                .inTransaction(em -> new ExchangeRepository(em, county).openFor(event.cadreId(), event.positionId()));
        cases.forEach(e -> appointed(county, e, event.effective()));
    }

    private void appointed(TenantId county, Exchange e, LocalDate on) {
        if (!e.status().open() || e.file().appointedOn().isPresent()) {
            return;
        }
        ExchangeFile file = e.file().appointed(on);
        ExchangeStatus reached = closeIfDone(e.status(), file);
        store(county, e, reached, reached == e.status() ? e.statusSince() : due.today(), file);
        audit(
                AuditedActions.EXCHANGE_MOVE,
                e,
                Map.of("status", e.status().name()),
                Map.of("status", reached.name(), "appointedOn", on.toString()));
    }

    /** Relations transferred and the post in the registry: the case is done. */
    private static ExchangeStatus closeIfDone(ExchangeStatus status, ExchangeFile file) {
        return status == ExchangeStatus.RELATIONS_TRANSFERRED
                        && file.appointedOn().isPresent()
                ? ExchangeStatus.CLOSED
                : status;
    }

    private void store(TenantId county, Exchange e, ExchangeStatus status, LocalDate since, ExchangeFile file) {
        LocalDate closed = status == ExchangeStatus.CLOSED ? due.today() : null;
        context.persistence().run(em -> new ExchangeRepository(em, county).update(e.id(), status, since, file, closed));
    }

    private void audit(String action, Exchange e, Map<String, ?> before, Map<String, ?> after) {
        context.audit().record(action, AuditedActions.EXCHANGE, e.id().toString(), e.cadreName(), before, after);
    }
}
