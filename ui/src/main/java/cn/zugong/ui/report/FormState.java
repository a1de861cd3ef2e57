package cn.zugong.ui.report;

import cn.zugong.core.intake.domain.PublicReport;

/**
 * What a rendered form carries besides the county's choices.
 *
 * @param challenge a fresh proof-of-work challenge
 * @param bits its difficulty
 * @param key the submission key (kept across a refusal: nothing was filed)
 * @param typed what the sender typed before a refusal, or null for an empty form
 * @param textLength the longest text
 * @param files how many files
 * @param megabytes the largest file in MiB
 * @param daily reports per address and day
 */
record FormState(
        String challenge,
        int bits,
        String key,
        PublicReport typed,
        int textLength,
        int files,
        int megabytes,
        int daily) {}
