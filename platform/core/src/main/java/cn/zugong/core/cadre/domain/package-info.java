/**
 * The cadre file as the domain holds it: the {@link Cadre} aggregate and its parts (resume, family,
 * assessments, rewards and punishments, post holdings, photo, status changes), their coded values
 * and the rules and validators that keep them consistent. Nothing here knows CDI or a transaction.
 */
package cn.zugong.core.cadre.domain;
