/**
 * The cadre registry's use cases: list, create, change and print cadre files, their parts, photos
 * and status, each after the county-writer check ({@link OwnCadre}) and recorded in the audit trail.
 */
package cn.zugong.core.cadre.application;
