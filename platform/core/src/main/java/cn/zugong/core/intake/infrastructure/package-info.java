/**
 * The public intake's storage: the portal's key of the channel ({@link
 * cn.zugong.core.intake.infrastructure.IntakeKeys}) and the receipts ({@link
 * cn.zugong.core.intake.infrastructure.ReceiptStore}), both read before the page knows a county.
 */
package cn.zugong.core.intake.infrastructure;
