/**
 * The public intake (issue 20): forms anyone files on the portal's public page without an account,
 * such as the 12380-style reporting channel, handed to the plugin that declares the form
 * ({@link cn.zugong.api.intake.PublicIntake}). The platform's part: the counties that take reports,
 * the candidates under publicity, the proof of work, the limits, idempotency, attachment checks,
 * receipt codes, and the objection a report about a candidate becomes on the selection case.
 */
package cn.zugong.core.intake;
