/**
 * Organization units (danwei) of a county and their positions, with the shared vocabulary of
 * posts: {@link cn.zugong.core.unit.PostLevel} and {@link cn.zugong.core.unit.AppointmentMethod}.
 */
package cn.zugong.core.unit;
