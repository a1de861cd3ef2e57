package cn.zugong.core.cadre.infrastructure.lrmx;

import static cn.zugong.core.cadre.infrastructure.lrmx.LrmxField.*;

import cn.zugong.core.cadre.domain.form.AppointmentForm.Relative;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the .lrm format keeps each value (DOMAIN.md 6.3, after the public reader {@code
 * LrmHelper.cs}): a quoted value list separated by {@code ","}; the education and school values
 * pack full-time and in-service as {@code level#degree@level#degree}; the family is five columns
 * (relation, name, birth, political status, work unit and post) of {@code @}-separated rows.
 */
final class LrmLayout {

    /** The values a file must have: up to TianBiaoShiJian at position 32. */
    static final int FIELDS = 33;

    static final Map<LrmxField, Integer> POSITIONS = Map.ofEntries(
            Map.entry(XING_MING, 0),
            Map.entry(XING_BIE, 1),
            Map.entry(CHU_SHENG_NIAN_YUE, 2),
            Map.entry(MIN_ZU, 3),
            Map.entry(JI_GUAN, 4),
            Map.entry(RU_DANG_SHI_JIAN, 5),
            Map.entry(JIAN_KANG_ZHUANG_KUANG, 6),
            Map.entry(CHU_SHENG_DI, 7),
            Map.entry(CAN_JIA_GONG_ZUO_SHI_JIAN, 8),
            Map.entry(ZHUAN_YE_JI_SHU_ZHI_WU, 11),
            Map.entry(SHU_XI_ZHUAN_YE, 16),
            Map.entry(JIAN_LI, 17),
            Map.entry(JIANG_CHENG, 18),
            Map.entry(NIAN_DU_KAO_HE, 19),
            Map.entry(XIAN_REN_ZHI_WU, 25),
            Map.entry(NI_REN_ZHI_WU, 26),
            Map.entry(NI_MIAN_ZHI_WU, 27),
            Map.entry(REN_MIAN_LI_YOU, 28),
            Map.entry(CHENG_BAO_DAN_WEI, 29),
            Map.entry(JI_SUAN_NIAN_LING_SHI_JIAN, 30),
            Map.entry(TIAN_BIAO_REN, 31),
            Map.entry(TIAN_BIAO_SHI_JIAN, 32));

    // Posts are one line on the form; the 2.0 software wraps them in the file.
    static final Set<LrmxField> SINGLE_LINE = Set.of(XIAN_REN_ZHI_WU, NI_REN_ZHI_WU, NI_MIAN_ZHI_WU);

    private static final int EDUCATION = 9;
    private static final int SCHOOLS = 10;
    private static final int FAMILY = 20;
    private static final String SEPARATOR = "\",\"";

    private LrmLayout() {}

    /** The values of a file's text: outer quotes removed, line ends as {@code \n}. */
    static List<String> split(String content) {
        String text = content.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.startsWith("\"")) {
            text = text.substring(1);
        }
        if (text.endsWith("\"")) {
            text = text.substring(0, text.length() - 1);
        }
        return List.of(text.split(Pattern.quote(SEPARATOR), -1));
    }

    /** The text of the positioned values, one-line fields joined. */
    static void text(List<String> values, Map<LrmxField, String> text) {
        POSITIONS.forEach((field, index) -> {
            String value = values.get(index).strip();
            text.put(field, SINGLE_LINE.contains(field) ? value.replace("\n", "") : value);
        });
    }

    /** Both education blocks from positions 9 and 10. */
    static void education(List<String> values, Map<LrmxField, String> text) {
        List<String> levels = packed(values.get(EDUCATION));
        List<String> schools = packed(values.get(SCHOOLS));
        text.put(QUAN_RI_ZHI_XUE_LI, levels.get(0));
        text.put(QUAN_RI_ZHI_XUE_WEI, levels.get(1));
        text.put(ZAI_ZHI_XUE_LI, levels.get(2));
        text.put(ZAI_ZHI_XUE_WEI, levels.get(3));
        text.put(QUAN_RI_ZHI_XUE_LI_YUAN_XIAO, schools.get(0));
        text.put(QUAN_RI_ZHI_XUE_WEI_YUAN_XIAO, schools.get(1));
        text.put(ZAI_ZHI_XUE_LI_YUAN_XIAO, schools.get(2));
        text.put(ZAI_ZHI_XUE_WEI_YUAN_XIAO, schools.get(3));
    }

    /** The family rows from the five columns at positions 20 to 24; empty rows are left out. */
    static List<Relative> family(List<String> values) {
        List<String[]> columns = new ArrayList<>();
        int rows = 0;
        for (int column = 0; column < 5; column++) {
            String[] cells = values.get(FAMILY + column).split("@", -1);
            columns.add(cells);
            rows = Math.max(rows, cells.length);
        }
        List<Relative> family = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            String[] cells = new String[5];
            for (int column = 0; column < 5; column++) {
                String[] all = columns.get(column);
                cells[column] = row < all.length ? all[row].strip() : "";
            }
            if (Arrays.stream(cells).anyMatch(cell -> !cell.isEmpty())) {
                family.add(new Relative(cells[0], cells[1], cells[2], cells[3], cells[4]));
            }
        }
        return family;
    }

    // "a#b@c#d" as [a, b, c, d], missing parts empty.
    private static List<String> packed(String value) {
        String[] blocks = value.split("@", -1);
        List<String> parts = new ArrayList<>();
        for (int block = 0; block < 2; block++) {
            String[] pair = block < blocks.length ? blocks[block].split("#", -1) : new String[0];
            for (int i = 0; i < 2; i++) {
                parts.add(i < pair.length ? pair[i].strip() : "");
            }
        }
        return parts;
    }
}
