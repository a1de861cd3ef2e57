package cn.zugong.core.cadre.infrastructure.interchange;

import cn.zugong.core.cadre.domain.form.AppointmentForm;
import cn.zugong.core.cadre.infrastructure.lrmx.FormElements;
import cn.zugong.core.cadre.infrastructure.lrmx.InterchangeProblem;
import java.util.List;
import java.util.Map;

/**
 * The longest text the registry keeps for each element a form's text is stored in (the columns
 * of {@code V2__cadre_registry.sql}), so that a file with a longer value is refused with the
 * element named instead of failing at the database. Elements checked otherwise (dates, the id
 * number, coded values, the name by the cadre rules) or kept whole are not listed.
 */
final class ColumnLengths {

    static final String KEY = "interchange.error.too-long";

    private static final Map<String, Integer> PERSON = Map.ofEntries(
            Map.entry("MinZu", 20),
            Map.entry("JiGuan", 100),
            Map.entry("ChuShengDi", 100),
            Map.entry("RuDangShiJian", 40),
            Map.entry("ZhuanYeJiShuZhiWu", 100),
            Map.entry("ShuXiZhuanYeYouHeZhuanChang", 200),
            Map.entry("QuanRiZhiJiaoYu_XueWei", 50),
            Map.entry("QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi", 200),
            Map.entry("QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi", 200),
            Map.entry("ZaiZhiJiaoYu_XueWei", 50),
            Map.entry("ZaiZhiJiaoYu_XueLi_BiYeYuanXiaoXi", 200),
            Map.entry("ZaiZhiJiaoYu_XueWei_BiYeYuanXiaoXi", 200),
            Map.entry("XianRenZhiWu", 200),
            Map.entry("NiRenZhiWu", 200),
            Map.entry("NiMianZhiWu", 200),
            Map.entry("RenMianLiYou", 500),
            Map.entry("ChengBaoDanWei", 200));
    private static final List<String> ITEM = List.of("ChengWei", "XingMing", "ZhengZhiMianMao", "GongZuoDanWeiJiZhiWu");
    private static final List<Integer> ITEM_MAX = List.of(20, 50, 40, 200);

    private ColumnLengths() {}

    static void check(String file, AppointmentForm form, List<InterchangeProblem> problems) {
        FormElements.texts(form).forEach((element, text) -> {
            Integer max = PERSON.get(element);
            if (max != null) {
                check(file, element, text, max, problems);
            }
        });
        for (int row = 0; row < form.family().size(); row++) {
            AppointmentForm.Relative r = form.family().get(row);
            List<String> values = List.of(r.relation(), r.name(), r.politicalStatus(), r.workUnitAndPost());
            for (int i = 0; i < ITEM.size(); i++) {
                String field = "JiaTingChengYuan/Item[" + (row + 1) + "]/" + ITEM.get(i);
                check(file, field, values.get(i), ITEM_MAX.get(i), problems);
            }
        }
    }

    private static void check(String file, String field, String text, int max, List<InterchangeProblem> problems) {
        int length = text == null ? 0 : text.codePointCount(0, text.length());
        if (length > max) {
            problems.add(new InterchangeProblem(file, field, KEY, List.of(length, max)));
        }
    }
}
