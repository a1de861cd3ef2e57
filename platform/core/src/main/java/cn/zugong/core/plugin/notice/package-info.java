/**
 * Notices that plugins leave for the users of a county ({@link cn.zugong.api.notice.Notices}).
 * {@link cn.zugong.core.plugin.notice.NoticeStore} keeps them (a plugin's context posts and
 * withdraws through it); {@link cn.zugong.core.plugin.notice.NoticeBoard} lists the current
 * user's, counts the unread ones and marks them read.
 */
package cn.zugong.core.plugin.notice;
