/** Notices a plugin leaves for the users of a county, shown in the portal's header and notices page. */
package cn.zugong.api.notice;
