/**
 * The public intake's use cases: the counties and candidates the page shows ({@link
 * cn.zugong.core.intake.application.PublicChannel}), a submission from the proof of work to the
 * receipt, the receipt's outcome; the transaction that records the objection, hands the submission
 * to the plugin and keeps the receipt ({@link cn.zugong.core.intake.application.IntakeDesk}).
 */
package cn.zugong.core.intake.application;
