/**
 * The selection use cases: open and advance cases step by step, run the gates, record exceptions,
 * consultations and oversight, each within what the caller may read or write ({@link CaseStore}),
 * journalled in the audit trail and announced to plugins ({@link CaseEvents}).
 */
package cn.zugong.core.selection.application;
