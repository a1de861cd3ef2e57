package cn.zugong.core.intake.application;

import cn.zugong.api.intake.IntakeChoice;
import cn.zugong.api.intake.IntakeSubmission;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.intake.domain.ChannelLimits;
import cn.zugong.core.intake.domain.PowVerdict;
import cn.zugong.core.intake.domain.ProofOfWork;
import cn.zugong.core.intake.domain.PublicCandidate;
import cn.zugong.core.intake.domain.PublicCounty;
import cn.zugong.core.intake.domain.PublicReport;
import cn.zugong.core.intake.domain.Receipt;
import cn.zugong.core.intake.domain.ReceiptCodes;
import cn.zugong.core.intake.domain.ReceiptStatus;
import cn.zugong.core.intake.domain.SubmissionCheck;
import cn.zugong.core.intake.domain.SubmitAnswer;
import cn.zugong.core.intake.infrastructure.IntakeKeys;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.domain.PluginIntake;
import cn.zugong.core.security.RateLimiter;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The public reporting channel's use cases, for the page outside the login: the counties that take
 * reports, a county's form (its categories and the candidates under publicity), a challenge, a
 * submission, and the outcome a receipt code reads. A submission passes, in this order, the proof
 * of work (one HMAC and one hash: the cheapest refusal comes first), the submission key (a second
 * sending gets the first receipt), the fields, the challenge's single use, the sender's daily
 * count and the page's rate; only then is anything written ({@link IntakeDesk}).
 */
@ApplicationScoped
public class PublicChannel {

    private static final Logger LOG = Logger.getLogger(PublicChannel.class.getName());

    @Inject
    TenantDirectory tenants;

    @Inject
    PluginEnablementService enablement;

    @Inject
    PluginHost host;

    @Inject
    PublicCandidates candidates;

    @Inject
    IntakeDesk desk;

    @Inject
    IntakeKeys keys;

    @Inject
    ObjectionText objectionText;

    Clock clock = Clock.systemDefaultZone();

    private final ChannelLimits limits = ChannelLimits.fromSystemProperties();
    private final RateLimiter daily = new RateLimiter(limits.perAddressPerDay(), Duration.ofDays(1));
    private final RateLimiter global = new RateLimiter(limits.perMinute(), Duration.ofMinutes(1));
    private volatile ProofOfWork pow;

    public ChannelLimits limits() {
        return limits;
    }

    /** The active counties with a public form enabled, in the tree's order. */
    public List<PublicCounty> counties() {
        List<Tenant> active = tenants.active();
        Set<TenantId> ids = active.stream().map(Tenant::id).collect(Collectors.toSet());
        Map<String, Set<String>> enabled = TenancyHolder.callAs(
                Tenancy.reading(ids),
                () -> enablement.enabledBy(ids.stream().map(TenantId::code).collect(Collectors.toSet())));
        return active.stream()
                .filter(t -> !host.intakes(enabled.getOrDefault(t.id().code(), Set.of()))
                        .isEmpty())
                .map(t -> new PublicCounty(
                        t.id().code(), t.name(java.util.Locale.SIMPLIFIED_CHINESE), t.name(java.util.Locale.ENGLISH)))
                .toList();
    }

    /** The county's public form, when it takes reports. */
    public Optional<PluginIntake> form(String county) {
        if (county == null || !county.matches("\\d{6}")) {
            return Optional.empty();
        }
        TenantId id = new TenantId(county);
        if (tenants.find(id).filter(Tenant::active).isEmpty()) {
            return Optional.empty();
        }
        Set<String> enabled = TenancyHolder.callAs(
                        Tenancy.reading(Set.of(id)), () -> enablement.enabledBy(Set.of(county)))
                .getOrDefault(county, Set.of());
        return host.intakes(enabled).stream().findFirst();
    }

    /** The candidates under publicity in the county today. */
    public List<PublicCandidate> candidates(String county) {
        TenantId id = new TenantId(county);
        return TenancyHolder.callAs(
                Tenancy.reading(Set.of(id)), () -> candidates.underPublicity(county, LocalDate.now(clock)));
    }

    /** A fresh proof-of-work challenge. */
    public String challenge() {
        return pow().issue();
    }

    /** The number of zero bits a solution needs. */
    public int difficulty() {
        return limits.powBits();
    }

    /** Checks a submission's proof of work only: what a flood of unsolved challenges costs the server. */
    public PowVerdict check(String challenge, String solution) {
        return pow().check(challenge, solution);
    }

    /** Files a submission from an address, or says why not. */
    public SubmitAnswer submit(PublicReport report, String address) {
        PowVerdict verdict = pow().check(report.challenge(), report.solution());
        if (verdict != PowVerdict.SOLVED) {
            return SubmitAnswer.refused(403, verdict.messageKey());
        }
        if (!ReceiptCodes.validKey(report.submissionKey())) {
            return SubmitAnswer.refused(400, "intake.public.expired");
        }
        ReceiptCodes codes = new ReceiptCodes(keys.hmac());
        String keyHash = codes.keyHash(report.submissionKey());
        if (TenancyHolder.callAs(Tenancy.NONE, () -> desk.byKey(keyHash)).isPresent()) {
            return SubmitAnswer.kept(codes.code(report.submissionKey()), true);
        }
        Optional<PluginIntake> form = form(report.county());
        if (form.isEmpty()) {
            return SubmitAnswer.refused(400, "intake.public.county");
        }
        List<PublicCandidate> publicity = candidates(report.county());
        Set<String> categories = form.get().intake().categories().stream()
                .map(IntakeChoice::code)
                .collect(Collectors.toSet());
        Set<String> cases = publicity.stream().map(c -> c.caseId().toString()).collect(Collectors.toSet());
        Optional<SubmitAnswer> problem = new SubmissionCheck(limits).problem(report, categories, cases);
        if (problem.isPresent()) {
            return problem.get();
        }
        if (pow().spend(report.challenge(), report.solution()) != PowVerdict.SOLVED) {
            return SubmitAnswer.refused(403, PowVerdict.USED.messageKey());
        }
        if (!daily.tryAcquire(address)) {
            return SubmitAnswer.refused(429, "intake.public.daily", limits.perAddressPerDay());
        }
        if (!global.tryAcquire("all")) {
            return SubmitAnswer.refused(429, "intake.public.busy");
        }
        return file(report, form.get(), publicity, codes, keyHash);
    }

    private SubmitAnswer file(
            PublicReport report,
            PluginIntake form,
            List<PublicCandidate> publicity,
            ReceiptCodes codes,
            String keyHash) {
        String code = codes.code(report.submissionKey());
        Optional<PublicCandidate> candidate = publicity.stream()
                .filter(c -> c.caseId().toString().equals(SubmissionCheck.strip(report.candidateCase())))
                .findFirst();
        TenantId county = new TenantId(report.county());
        IntakeSubmission submission = new IntakeSubmission(
                county,
                report.category(),
                SubmissionCheck.strip(report.text()),
                report.realName() ? Optional.of(SubmissionCheck.strip(report.name())) : Optional.empty(),
                report.realName() ? Optional.of(SubmissionCheck.strip(report.contact())) : Optional.empty(),
                Optional.empty(),
                SubmissionCheck.attachments(report.uploads()),
                LocalDate.now(clock));
        try {
            TenancyHolder.callAs(
                    Tenancy.writing(county),
                    () -> desk.file(
                            form,
                            submission,
                            candidate,
                            objectionText.summary(
                                    candidate.map(PublicCandidate::name).orElse("")),
                            codes.codeHash(code).orElseThrow(),
                            keyHash,
                            clock.instant()));
            return SubmitAnswer.kept(code, false);
        } catch (RuntimeException e) {
            // The same key filed at the same moment by a double click: the other one kept it.
            if (TenancyHolder.callAs(Tenancy.NONE, () -> desk.byKey(keyHash)).isPresent()) {
                return SubmitAnswer.kept(code, true);
            }
            LOG.log(Level.WARNING, "Public submission to " + county.code() + " failed", e);
            return SubmitAnswer.refused(503, "intake.public.failed");
        }
    }

    /** What a receipt code shows; empty for a code that answers for nothing. */
    public Optional<ReceiptStatus> status(String typed) {
        Optional<String> hash = new ReceiptCodes(keys.hmac()).codeHash(typed);
        if (hash.isEmpty()) {
            return Optional.empty();
        }
        Optional<Receipt> receipt = TenancyHolder.callAs(Tenancy.NONE, () -> desk.byCode(hash.get()));
        if (receipt.isEmpty()) {
            return Optional.empty();
        }
        Receipt r = receipt.get();
        TenantId county = new TenantId(r.tenant());
        return host.intakes(Set.of(r.pluginId())).stream()
                .filter(i -> i.intake().kind().equals(r.kind()))
                .findFirst()
                .flatMap(i -> host.guard(
                                r.pluginId(),
                                i.intake(),
                                () -> TenancyHolder.callAs(Tenancy.reading(Set.of(county)), () -> i.intake()
                                        .outcome(r.reference())))
                        .flatMap(o -> o))
                .map(o -> new ReceiptStatus(o.statusKey(), o.outcomeKey()));
    }

    private ProofOfWork pow() {
        if (pow == null) {
            pow = new ProofOfWork(keys.hmac(), limits.powBits(), Duration.ofMinutes(limits.powMinutes()), clock);
        }
        return pow;
    }
}
