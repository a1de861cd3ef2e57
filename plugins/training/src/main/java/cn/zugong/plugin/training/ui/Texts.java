package cn.zugong.plugin.training.ui;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.training.Problem;
import cn.zugong.plugin.training.imports.ImportProblem;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Texts of the pages from the plugin's bundle: messages with their arguments, numbers, dates. */
final class Texts {

    private final Component page;

    Texts(Component page) {
        this.page = page;
    }

    String of(String key, Object... args) {
        return page.getTranslation(key, args);
    }

    String of(Problem problem) {
        return page.getTranslation(problem.key(), problem.args().toArray());
    }

    String of(ImportProblem problem) {
        return page.getTranslation(problem.key(), problem.args().toArray());
    }

    /** Hours or any decimal, without trailing zeros. */
    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** A cadre's name from the registry's cadres in office; the id when the cadre is not among them. */
    static String name(Map<UUID, CadreRef> cadres, UUID id) {
        return Optional.ofNullable(cadres.get(id)).map(CadreRef::name).orElse(id.toString());
    }

    /** A cadre as a list shows it: the name, with the unit and post when known. */
    static String label(CadreRef cadre) {
        String where = cadre.unitName().orElse("")
                + cadre.postTitle().map(p -> " " + p).orElse("");
        return where.isBlank() ? cadre.name() : cadre.name() + " (" + where.strip() + ")";
    }
}
