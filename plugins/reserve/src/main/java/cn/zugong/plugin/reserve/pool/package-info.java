/** The pool's own life (issue item 3): annual reviews, exits, 使用, development plans. Plain Java. */
package cn.zugong.plugin.reserve.pool;
