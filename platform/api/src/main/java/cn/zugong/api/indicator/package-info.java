/** Dashboard indicators contributed by plugins. */
package cn.zugong.api.indicator;
