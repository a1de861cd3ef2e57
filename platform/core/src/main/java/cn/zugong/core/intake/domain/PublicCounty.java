package cn.zugong.core.intake.domain;

/**
 * A county the public page takes reports about: one that enabled a plugin with a public form.
 *
 * @param code its division code
 * @param nameZh its Chinese name
 * @param nameEn its English name
 */
public record PublicCounty(String code, String nameZh, String nameEn) {}
