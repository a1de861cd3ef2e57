package cn.zugong.core.cadre.infrastructure.interchange;

import cn.zugong.core.cadre.domain.form.AppointmentForm;
import cn.zugong.core.cadre.infrastructure.lrmx.FormElements;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The wording of an imported file where the registry would write the element differently: a coded
 * value written another way ("大学" for 大学本科, a health or party text the registry has no code
 * for), the rewards and assessments in the file's own sentences, the Version of the software that
 * wrote it. Each is kept with the text the registry gave at import; an export writes the file's
 * wording as long as the registry still gives that same text, so an edit in the portal wins over
 * the old wording. Kept rewards and punishments are written only to readers of sensitive parts,
 * since free text may name a punishment.
 *
 * <p>Not kept: JiSuanNianLingShiJian, TianBiaoShiJian and TianBiaoRen, which an export fills
 * anew (the reference date chosen, the user exporting).
 */
final class KeptWording {

    private static final String MARK = "=";
    private static final Set<String> EXPORT_OWN = Set.of("JiSuanNianLingShiJian", "TianBiaoShiJian", "TianBiaoRen");
    private static final Set<String> SENSITIVE = Set.of("JiangChengQingKuang", "ShenFenZheng");

    private KeptWording() {}

    /** One entry per text element whose read text differs from what the registry gives for it. */
    static List<String> keep(AppointmentForm read, AppointmentForm generated) {
        Map<String, String> given = FormElements.texts(generated);
        List<String> kept = new ArrayList<>();
        FormElements.texts(read).forEach((element, text) -> {
            if (!EXPORT_OWN.contains(element) && !text.equals(given.get(element))) {
                kept.add(MARK + ExtraElements.join(List.of(element, given.get(element), text)));
            }
        });
        return kept;
    }

    /** Whether a stored extra is a kept wording (the others are unknown elements). */
    static boolean isKept(String extra) {
        return extra.startsWith(MARK);
    }

    /** The form with each kept wording whose registry text is unchanged written instead. */
    static AppointmentForm apply(AppointmentForm generated, List<String> kept, boolean sensitive) {
        Map<String, String> now = FormElements.texts(generated);
        Map<String, String> replaced = new HashMap<>();
        for (String entry : kept) {
            List<String> parts = ExtraElements.split(entry.substring(MARK.length()));
            String element = parts.get(0);
            if (parts.get(1).equals(now.get(element)) && (sensitive || !SENSITIVE.contains(element))) {
                replaced.put(element, parts.get(2));
            }
        }
        return FormElements.withTexts(generated, replaced);
    }
}
