package cn.zugong.plugin.supervision.service;

import cn.zugong.api.intake.IntakeAttachment;
import cn.zugong.api.intake.IntakeCandidate;
import cn.zugong.api.intake.IntakeOutcome;
import cn.zugong.api.intake.IntakeSubmission;
import cn.zugong.api.notice.Notice;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.SupervisionPermissions;
import cn.zugong.plugin.supervision.data.PublicReportEntity;
import cn.zugong.plugin.supervision.data.ReportEntity;
import cn.zugong.plugin.supervision.data.ReportFileEntity;
import cn.zugong.plugin.supervision.data.ReportRepository;
import cn.zugong.plugin.supervision.report.PublicStatus;
import cn.zugong.plugin.supervision.report.ReportCategory;
import cn.zugong.plugin.supervision.report.ReportChannel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reports from the portal's public page (the 12380-style web channel, DOMAIN §4.5). The platform
 * checked the submission (proof of work, limits, lengths, files) and calls with the chosen county
 * as the writable tenant and no user: the report is kept as {@code RECEIVED} (channel web), with
 * the candidate under publicity as its subject, and the county's holders of {@code
 * supervision.reports} get a notice (nobody else: the permission has no default role). What a
 * receipt code reads ({@link #outcome}) is the state and the conclusion, never the findings.
 */
public final class PublicReportService {

    /** The key prefix of a public report's notice, withdrawn when the report is registered. */
    public static final String NOTICE = "public/";

    private final PluginContext context;
    private final Rules rules;

    public PublicReportService(PluginContext context) {
        this.context = context;
        this.rules = new Rules(context);
    }

    /** Keeps a checked submission; answers the report's id, the receipt's reference. */
    public UUID receive(IntakeSubmission submission) {
        TenantId county = context.tenancy()
                .writableTenant()
                .orElseThrow(() -> new IllegalStateException("A public report needs its county to write in"));
        if (!county.equals(submission.county())) {
            throw new IllegalStateException("A public report for " + submission.county() + " filed in " + county);
        }
        ReportCategory category = ReportCategory.valueOf(submission.category());
        Optional<IntakeCandidate> candidate = submission.candidate();
        ReportEntity saved = context.persistence().inTransaction(em -> {
            ReportEntity report = new ReportEntity(
                    ReportChannel.WEB,
                    submission.realName(),
                    submission.reporterName().orElse(null),
                    submission.contact().orElse(null),
                    category,
                    submission.text(),
                    false,
                    submission.receivedOn(),
                    rules.now());
            new ReportRepository(em, county)
                    .add(report, candidate.map(c -> List.of(c.cadreId())).orElse(List.of()));
            em.persist(new PublicReportEntity(
                    report.id(),
                    candidate.map(IntakeCandidate::caseId).orElse(null),
                    candidate.map(IntakeCandidate::objectionId).orElse(null),
                    candidate.map(IntakeCandidate::name).orElse(null),
                    rules.now()));
            for (IntakeAttachment file : submission.attachments()) {
                em.persist(new ReportFileEntity(report.id(), file.fileName(), file.mediaType(), file.content()));
            }
            return report;
        });
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("channel", ReportChannel.WEB.name());
        after.put("category", category.name());
        after.put("realName", submission.realName());
        after.put("files", submission.attachments().size());
        candidate.ifPresent(c -> {
            after.put("case", c.caseId().toString());
            after.put("objection", c.objectionId().toString());
        });
        new ReportService(context).audit("report.receive", saved, Map.of(), after);
        context.notices()
                .post(
                        candidate.isPresent()
                                ? new Notice(
                                        NOTICE + saved.id(),
                                        SupervisionPermissions.REPORTS,
                                        "supervision.notice.publicCandidate",
                                        List.of(
                                                submission.receivedOn().toString(),
                                                candidate.get().name()),
                                        "supervision/reports")
                                : new Notice(
                                        NOTICE + saved.id(),
                                        SupervisionPermissions.REPORTS,
                                        "supervision.notice.publicReport",
                                        List.of(submission.receivedOn().toString()),
                                        "supervision/reports"));
        return saved.id();
    }

    /** What the sender's receipt code reads: state and conclusion only; empty for an unknown report. */
    public Optional<IntakeOutcome> outcome(String reference) {
        UUID id;
        try {
            id = UUID.fromString(reference);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        TenantId county = context.tenancy().readableTenants().stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("An outcome is read in its county"));
        return context.persistence()
                .inTransaction(em -> new ReportRepository(em, county).find(id))
                .map(r -> new IntakeOutcome(
                        PublicStatus.of(r.status(), r.conclusion().isPresent()).messageKey(),
                        r.conclusion().map(c -> "supervision.public.outcome." + c.name())));
    }
}
