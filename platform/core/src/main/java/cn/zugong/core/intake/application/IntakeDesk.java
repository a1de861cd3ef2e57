package cn.zugong.core.intake.application;

import cn.zugong.api.intake.IntakeCandidate;
import cn.zugong.api.intake.IntakeSubmission;
import cn.zugong.core.intake.domain.PublicCandidate;
import cn.zugong.core.intake.domain.Receipt;
import cn.zugong.core.intake.infrastructure.ReceiptStore;
import cn.zugong.core.plugin.domain.PluginIntake;
import cn.zugong.core.selection.application.StepService;
import cn.zugong.core.selection.domain.SelectionObjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * The public intake's transactions. Filing one submission is one transaction, in the chosen
 * county's tenancy (the caller binds it): the objection on the case of a named candidate, the
 * plugin's own record, the receipt. When any part fails nothing is kept, and the sender may send
 * again with the same submission key.
 */
@ApplicationScoped
@Transactional
public class IntakeDesk {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    StepService steps;

    /** The receipt a submission key already made (read outside any county). */
    public Optional<Receipt> byKey(String keyHash) {
        return new ReceiptStore(em).byKey(keyHash);
    }

    /** The receipt a code's hash answers for (read outside any county). */
    public Optional<Receipt> byCode(String codeHash) {
        return new ReceiptStore(em).byCode(codeHash);
    }

    /**
     * Files a checked submission: records the objection when it names a candidate, hands it to the
     * plugin and keeps the receipt.
     *
     * @param objection the objection's summary, for the case's officers
     */
    public Receipt file(
            PluginIntake form,
            IntakeSubmission submission,
            Optional<PublicCandidate> candidate,
            String objection,
            String codeHash,
            String keyHash,
            Instant now) {
        IntakeSubmission filed = submission;
        if (candidate.isPresent()) {
            PublicCandidate c = candidate.get();
            SelectionObjection recorded = steps.recordPublicObjection(c.caseId(), submission.receivedOn(), objection);
            filed = new IntakeSubmission(
                    submission.county(),
                    submission.category(),
                    submission.text(),
                    submission.reporterName(),
                    submission.contact(),
                    Optional.of(new IntakeCandidate(c.caseId(), c.cadreId(), c.name(), recorded.getId())),
                    submission.attachments(),
                    submission.receivedOn());
        }
        String reference = form.intake().receive(filed);
        if (reference == null || reference.isBlank() || reference.length() > 64) {
            throw new IllegalStateException("Plugin " + form.pluginId() + " answered no usable reference");
        }
        Receipt receipt = new Receipt(
                submission.county().code(), form.pluginId(), form.intake().kind(), reference);
        new ReceiptStore(em).add(codeHash, keyHash, receipt, now);
        return receipt;
    }
}
