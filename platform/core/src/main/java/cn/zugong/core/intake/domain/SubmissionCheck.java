package cn.zugong.core.intake.domain;

import cn.zugong.api.intake.IntakeAttachment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of a submission's fields against the channel's limits, before anything is stored:
 * the category among the form's, the text's length, a real-name sender's name and contact, the
 * candidate among those under publicity, and each attachment's size and type by its content. The
 * first problem is the answer (the page shows one clear message and the form again).
 */
public final class SubmissionCheck {

    private final ChannelLimits limits;

    public SubmissionCheck(ChannelLimits limits) {
        this.limits = limits;
    }

    /**
     * What is wrong with the fields, as a refusal; empty when nothing is.
     *
     * @param categories the form's category codes
     * @param candidateCases the cases whose candidates are under publicity in the county now
     */
    public Optional<SubmitAnswer> problem(PublicReport report, Set<String> categories, Set<String> candidateCases) {
        if (report.category() == null || !categories.contains(report.category())) {
            return refuse("intake.public.category");
        }
        String text = strip(report.text());
        if (text.isEmpty()) {
            return refuse("intake.public.textMissing");
        }
        if (text.length() > limits.textLength()) {
            return refuse("intake.public.textTooLong", limits.textLength(), text.length());
        }
        if (report.realName()) {
            if (strip(report.name()).isEmpty() || strip(report.contact()).isEmpty()) {
                return refuse("intake.public.realNameMissing");
            }
            if (strip(report.name()).length() > limits.nameLength()
                    || strip(report.contact()).length() > limits.nameLength()) {
                return refuse("intake.public.nameTooLong", limits.nameLength());
            }
        }
        String candidate = strip(report.candidateCase());
        if (!candidate.isEmpty() && !candidateCases.contains(candidate)) {
            return refuse("intake.public.candidateGone");
        }
        List<Upload> uploads = report.uploads() == null ? List.of() : report.uploads();
        if (uploads.size() > limits.attachments()) {
            return refuse("intake.public.tooManyFiles", limits.attachments());
        }
        for (Upload upload : uploads) {
            if (upload.content().length > limits.attachmentBytes()) {
                return refuse(
                        "intake.public.fileTooLarge",
                        AttachmentTypes.displayName(upload.fileName()),
                        limits.attachmentBytes() / (1024 * 1024));
            }
            if (AttachmentTypes.sniff(upload.content()).isEmpty()) {
                return refuse("intake.public.fileType", AttachmentTypes.displayName(upload.fileName()));
            }
        }
        return Optional.empty();
    }

    /** The checked files, typed by their content (call after {@link #problem} found none). */
    public static List<IntakeAttachment> attachments(List<Upload> uploads) {
        List<IntakeAttachment> files = new ArrayList<>();
        for (Upload upload : uploads == null ? List.<Upload>of() : uploads) {
            files.add(new IntakeAttachment(
                    AttachmentTypes.displayName(upload.fileName()),
                    AttachmentTypes.sniff(upload.content()).orElseThrow(),
                    upload.content()));
        }
        return files;
    }

    /** The text stripped of surrounding blanks; empty for none. */
    public static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static Optional<SubmitAnswer> refuse(String key, Object... args) {
        return Optional.of(SubmitAnswer.refused(400, key, args));
    }
}
