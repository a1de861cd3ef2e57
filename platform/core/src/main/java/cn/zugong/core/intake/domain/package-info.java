/**
 * The public intake's rules without CDI or a transaction: the proof of work ({@link
 * cn.zugong.core.intake.domain.ProofOfWork}) and its single use, receipt codes derived from the
 * submission key, attachment types told by their first bytes, and the limits of the channel.
 */
package cn.zugong.core.intake.domain;
