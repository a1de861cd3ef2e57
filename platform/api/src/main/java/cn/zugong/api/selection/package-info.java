/**
 * Selection and appointment (xuanba renyong): the steps of a case and the gates through which a
 * plugin checks a candidate before an appointment (renqian baguan).
 */
package cn.zugong.api.selection;
