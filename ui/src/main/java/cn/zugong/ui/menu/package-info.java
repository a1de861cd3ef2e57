/**
 * The side navigation as a registry: core views declare their entry with
 * {@link cn.zugong.ui.menu.MenuEntry}, plugins contribute theirs, and the frame lists what the
 * user may open without knowing any view.
 */
package cn.zugong.ui.menu;
