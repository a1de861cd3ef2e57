/**
 * Imports of the hours an online-learning platform (wangluo xueyuan) exports as Excel: the rows as {@link
 * cn.zugong.api.io.Spreadsheets#read} gives them, validated all or nothing.
 */
package cn.zugong.plugin.training.imports;
