/** The whole-process record of a case (quancheng jishi biao): its sections, layout and PDF print. */
package cn.zugong.core.selection.record;
