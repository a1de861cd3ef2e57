/** The platform's own gates a case passes before it moves on: eligibility, the four checks, quota, dual management, inspection notice. */
package cn.zugong.core.selection.application.gate;
