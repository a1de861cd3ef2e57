package cn.zugong.api.cadre;

import java.util.UUID;

/**
 * The filters of a page of the cadre directory, those of the portal's cadre list; null means
 * "any". Start from {@link #ALL} or {@link #ACTIVE} and narrow it:
 *
 * {@snippet class=cn.zugong.api.snippets.CadreSnippets region=filter :
 * CadreFilter filter = CadreFilter.ACTIVE.withSearch("zs").withPostLevel("TOWNSHIP_PRINCIPAL");
 * }
 *
 * @param search part of the name, its pinyin or its initials ({@code 张三}, {@code zhangsan},
 *     {@code zs}), case and spaces ignored
 * @param unitId the unit of the cadre's main post
 * @param postLevel the level of the main post, coded as {@link CadreRef#postLevel()}
 * @param status the cadre's status as the platform codes it: {@code ACTIVE} (in office),
 *     {@code TRANSFERRED_OUT}, {@code RETIRED}, {@code RESIGNED}, {@code DISMISSED},
 *     {@code DECEASED}
 * @since 1.2.0
 */
public record CadreFilter(String search, UUID unitId, String postLevel, String status) {

    /** Every readable cadre, whatever the status. */
    public static final CadreFilter ALL = new CadreFilter(null, null, null, null);

    /** The cadres in office. */
    public static final CadreFilter ACTIVE = new CadreFilter(null, null, null, "ACTIVE");

    public CadreFilter withSearch(String text) {
        return new CadreFilter(text, unitId, postLevel, status);
    }

    public CadreFilter withUnit(UUID unit) {
        return new CadreFilter(search, unit, postLevel, status);
    }

    public CadreFilter withPostLevel(String level) {
        return new CadreFilter(search, unitId, level, status);
    }

    public CadreFilter withStatus(String cadreStatus) {
        return new CadreFilter(search, unitId, postLevel, cadreStatus);
    }
}
