package cn.zugong.plugin.training.ui;

import cn.zugong.plugin.training.requirement.Assessment;
import cn.zugong.plugin.training.requirement.PeriodStanding;
import cn.zugong.plugin.training.requirement.TenantStandings;
import java.util.ArrayList;
import java.util.List;

/**
 * The shortfall lists as one sheet: a row per cadre and period (this year, then the window), with
 * the figures as numbers.
 */
final class ShortfallSheet {

    private ShortfallSheet() {}

    static List<String> header(Texts texts) {
        return List.of(
                texts.of("training.shortfall.kind"),
                texts.of("training.enrollment.cadre"),
                texts.of("training.shortfall.unit"),
                texts.of("training.shortfall.post"),
                texts.of("training.shortfall.tier"),
                texts.of("training.standing.period"),
                texts.of("training.standing.requiredHours"),
                texts.of("training.standing.achievedHours"),
                texts.of("training.standing.hoursGap"),
                texts.of("training.standing.requiredDays"),
                texts.of("training.standing.achievedDays"),
                texts.of("training.standing.requiredOnline"),
                texts.of("training.standing.onlineHours"),
                texts.of("training.standing.onlineGap"));
    }

    static List<List<Object>> rows(Texts texts, TenantStandings standings) {
        List<List<Object>> rows = new ArrayList<>();
        for (Assessment.Applicable a : standings.shortThisYear()) {
            rows.add(row(texts, "training.shortfall.kind.year", a, a.year()));
        }
        for (Assessment.Applicable a : standings.shortInWindow()) {
            rows.add(row(texts, "training.shortfall.kind.window", a, a.window()));
        }
        return rows;
    }

    private static List<Object> row(Texts texts, String kindKey, Assessment.Applicable a, PeriodStanding p) {
        return List.of(
                texts.of(kindKey),
                a.cadre().name(),
                a.cadre().unitName().orElse(""),
                a.cadre().postTitle().orElse(""),
                texts.of(a.tier().messageKey()),
                Texts.date(p.period().from()) + " ~ " + Texts.date(p.period().to()),
                p.requiredHours(),
                p.achievedHours(),
                p.hoursGap(),
                p.requiredDays(),
                p.achievedDays(),
                p.requiredOnlineHours(),
                p.onlineHours(),
                p.onlineGap());
    }
}
