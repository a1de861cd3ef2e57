package cn.zugong.core.cadre.domain;

/** A cadre of a filtered list with the name of its unit (null without one), detached. */
public record ListedCadre(Cadre cadre, String unitName) {}
