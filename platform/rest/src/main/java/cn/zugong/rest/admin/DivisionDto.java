package cn.zugong.rest.admin;

import cn.zugong.core.division.Division;

/** A division of the national table. */
public record DivisionDto(String code, String parentCode, String level, String nameZh, String nameEn) {

    static DivisionDto of(Division d) {
        return new DivisionDto(d.code(), d.parentCode().orElse(null), d.level().name(), d.nameZh(), d.nameEn());
    }
}
