/** The reserve plugin's use cases on the platform: batches, candidates, the structure table. */
package cn.zugong.plugin.reserve.service;
