/** Periodic work of plugins, run per county. */
package cn.zugong.api.job;
