/** The reserve pages: batches, a batch with its candidates and its structure table. */
package cn.zugong.plugin.reserve.ui;
