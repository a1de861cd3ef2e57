/**
 * The cadre registry (ganbu mingce): the {@link cn.zugong.core.cadre.domain.Cadre} aggregate with its
 * parts (resume, family, assessments, rewards, post holdings), their rules, and the use cases that
 * list, change, audit and print cadre files.
 */
package cn.zugong.core.cadre;
