/**
 * The public intake: forms anyone files on the portal's public page without an account (the
 * 12380-style reporting channel), handed to the plugin that declares the form: {@link
 * cn.zugong.api.intake.PublicIntake}. The platform serves the page, the proof of work, the limits,
 * the idempotency, the attachments' checks and the receipt codes; the plugin keeps what was filed.
 *
 * @since 1.3.0
 */
package cn.zugong.api.intake;
