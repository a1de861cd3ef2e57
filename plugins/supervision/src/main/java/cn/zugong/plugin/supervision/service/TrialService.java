package cn.zugong.plugin.supervision.service;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.event.CadreEvent;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.Limits;
import cn.zugong.plugin.supervision.Problem;
import cn.zugong.plugin.supervision.Refused;
import cn.zugong.plugin.supervision.SupervisionPermissions;
import cn.zugong.plugin.supervision.data.TrialEntity;
import cn.zugong.plugin.supervision.data.TrialRepository;
import cn.zugong.plugin.supervision.trial.TrialOutcome;
import cn.zugong.plugin.supervision.trial.TrialTerm;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Trial years (DOMAIN §4.2): opened when the platform reports an appointment with a trial
 * (the event's {@code probation}), or recorded by hand for one made before the module was enabled;
 * extended by a long absence; ended with the assessment's outcome.
 */
public final class TrialService {

    private final PluginContext context;
    private final Access access;
    private final Rules rules;

    public TrialService(PluginContext context) {
        this.context = context;
        this.access = new Access(context);
        this.rules = new Rules(context);
    }

    /** A trial with its cadre, as the pages show it. */
    public record TrialView(TrialEntity trial, Optional<CadreRef> cadre, boolean assessmentDue) {}

    /** Opens the trial of an appointment with one, once per case and cadre. */
    public Optional<TrialEntity> onAppointed(CadreEvent.Appointed event) {
        if (!event.probation()) {
            return Optional.empty();
        }
        TenantId county = event.tenant();
        String post = context.cadres()
                .find(event.cadreId())
                .flatMap(CadreRef::postTitle)
                .orElse("");
        Limits limits = rules.limits(county);
        Optional<TrialEntity> opened = context.persistence().inTransaction(em -> {
            TrialRepository trials = new TrialRepository(em, county);
            if (trials.ofCase(event.caseId(), event.cadreId()).isPresent()) {
                return Optional.<TrialEntity>empty();
            }
            return Optional.of(trials.add(new TrialEntity(
                    event.cadreId(), event.caseId(), post, TrialTerm.of(event.effective(), 0, limits), rules.now())));
        });
        opened.ifPresent(t -> audit("trial.open", t, Map.of()));
        return opened;
    }

    /** Records a trial by hand. */
    public TrialEntity record(UUID cadreId, String post, LocalDate start) {
        TenantId county = access.writing(SupervisionPermissions.MANAGE);
        if (cadreId == null
                || context.cadres()
                        .find(cadreId)
                        .filter(c -> c.tenant().equals(county))
                        .isEmpty()) {
            throw new Refused(Problem.of("cadre", "supervision.field.required"));
        }
        if (post == null || post.isBlank() || post.length() > 200) {
            throw new Refused(Problem.of(
                    "post",
                    post == null || post.isBlank() ? "supervision.field.required" : "supervision.field.tooLong",
                    200));
        }
        if (start == null) {
            throw new Refused(Problem.of("start", "supervision.field.required"));
        }
        Limits limits = rules.limits(county);
        TrialEntity trial = context.persistence().inTransaction(em -> new TrialRepository(em, county)
                .add(new TrialEntity(cadreId, null, post.strip(), TrialTerm.of(start, 0, limits), rules.now())));
        audit("trial.open", trial, Map.of());
        return trial;
    }

    /**
     * Records an absence: one of at least {@code trial.absence.months} extends the trial by its
     * length ([P], Sichuan 2006); a shorter one is refused as not extending it.
     */
    public TrialEntity absence(UUID id, LocalDate from, LocalDate to) {
        TenantId county = access.writing(SupervisionPermissions.MANAGE);
        Limits limits = rules.limits(county);
        if (from == null || to == null || to.isBefore(from)) {
            throw new Refused(Problem.of("to", "supervision.trial.badAbsence"));
        }
        if (!TrialTerm.longEnough(from, to, limits)) {
            throw new Refused(Problem.of("to", "supervision.trial.absenceTooShort", limits.absenceMonths()));
        }
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        TrialEntity trial = context.persistence().inTransaction(em -> {
            TrialEntity found = running(new TrialRepository(em, county), id);
            found.term(new TrialTerm(found.startOn(), found.absenceDays(), found.endOn(), found.assessmentFrom())
                    .withAbsence(days, limits));
            return found;
        });
        audit("trial.extend", trial, Map.of("absenceDays", days));
        return trial;
    }

    public TrialEntity end(UUID id, TrialOutcome outcome) {
        if (outcome == null) {
            throw new Refused(Problem.of("outcome", "supervision.field.required"));
        }
        TenantId county = access.writing(SupervisionPermissions.MANAGE);
        TrialEntity trial = context.persistence().inTransaction(em -> {
            TrialEntity found = running(new TrialRepository(em, county), id);
            found.ended(outcome, rules.today());
            return found;
        });
        audit("trial.end", trial, Map.of("outcome", outcome.name()));
        return trial;
    }

    /** The county's running trials, nearest end first. */
    public List<TrialView> running() {
        TenantId county = access.reading(SupervisionPermissions.VIEW);
        return runningIn(county);
    }

    List<TrialView> runningIn(TenantId county) {
        LocalDate today = rules.today();
        return context.persistence().inTransaction(em -> new TrialRepository(em, county).running()).stream()
                .map(t -> new TrialView(
                        t,
                        context.cadres().find(t.cadreId()),
                        new TrialTerm(t.startOn(), t.absenceDays(), t.endOn(), t.assessmentFrom())
                                .assessmentDue(today)))
                .toList();
    }

    private static TrialEntity running(TrialRepository trials, UUID id) {
        return trials.find(id)
                .filter(t -> t.outcome().isEmpty())
                .orElseThrow(() -> new Refused(Problem.of("", "supervision.trial.notRunning")));
    }

    private void audit(String action, TrialEntity trial, Map<String, ?> details) {
        Map<String, Object> after = new java.util.LinkedHashMap<>(details);
        after.put("start", trial.startOn().toString());
        after.put("end", trial.endOn().toString());
        context.audit().record(action, "supervision_trial", trial.id().toString(), trial.post(), Map.of(), after);
    }
}
