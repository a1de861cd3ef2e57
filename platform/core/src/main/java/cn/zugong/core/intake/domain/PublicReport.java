package cn.zugong.core.intake.domain;

import java.util.List;

/**
 * A submission of the public form as it arrived, before any check (every field may be missing).
 *
 * @param county the chosen county's code
 * @param category the chosen category's code
 * @param text what the sender wrote
 * @param realName whether the sender files under their real name
 * @param name the sender's name (real-name reports)
 * @param contact the sender's telephone or address (real-name reports)
 * @param candidateCase the case of the candidate under publicity it is about, or blank
 * @param uploads the attached files
 * @param submissionKey the key the form carries (the same for a resubmission)
 * @param challenge the proof of work's challenge
 * @param solution its solution
 */
public record PublicReport(
        String county,
        String category,
        String text,
        boolean realName,
        String name,
        String contact,
        String candidateCase,
        List<Upload> uploads,
        String submissionKey,
        String challenge,
        String solution) {}
