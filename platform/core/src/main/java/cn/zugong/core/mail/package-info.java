/**
 * Notices by e-mail, an optional channel: when SMTP is configured ({@code ZUGONG_SMTP_*}, {@link
 * cn.zugong.core.mail.SmtpSettings}), a county's user may choose to receive the
 * county's notices by e-mail as well ({@link
 * cn.zugong.core.mail.NoticeMailPreferences}). After a notice is posted and its
 * transaction committed, {@link cn.zugong.core.mail.NoticeMailer} mails it to those
 * who chose so and whose roles, as recorded with their choice, hold the notice's audience
 * permission in the county (the notice board's rule). Sending never fails the posting; failures
 * are logged without addresses and counted.
 */
package cn.zugong.core.mail;
