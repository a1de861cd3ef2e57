/**
 * What each cadre must do, has done and still lacks, for the current year and the current window
 * (DOMAIN §1.3 {@code TrainingRequirement}, T1, T3, T5), and the lists of cadres short of it.
 */
package cn.zugong.plugin.training.requirement;
