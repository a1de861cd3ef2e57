/**
 * The training rules as values: {@link cn.zugong.plugin.training.rules.CreditRules} parsed from the
 * effective rule pack, the five-year window and the online minutes conversion.
 */
package cn.zugong.plugin.training.rules;
