/** A county's working days (holidays and make-up working days), read by plugins for deadlines. */
package cn.zugong.api.calendar;
