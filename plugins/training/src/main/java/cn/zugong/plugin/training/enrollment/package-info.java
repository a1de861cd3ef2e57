/** A cadre's enrollment in a course and its state machine (DOMAIN §1.4, T7). */
package cn.zugong.plugin.training.enrollment;
