/**
 * The audit trail over REST: the platform auditor's reading and verification of the platform's own
 * chain (the operators' actions), over the core's audit services.
 */
package cn.zugong.rest.audit;
