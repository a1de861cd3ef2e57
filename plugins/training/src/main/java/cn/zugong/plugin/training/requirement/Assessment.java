package cn.zugong.plugin.training.requirement;

import cn.zugong.api.cadre.CadreRef;
import java.util.List;
import java.util.Objects;

/** Where one cadre stands with the training requirement on a date, or why none applies. */
public sealed interface Assessment {

    CadreRef cadre();

    /**
     * The requirement applies.
     *
     * @param cadre the cadre
     * @param tier which requirement
     * @param year the calendar year of the date
     * @param window the window of the date (T1)
     */
    record Applicable(CadreRef cadre, Tier tier, PeriodStanding year, PeriodStanding window) implements Assessment {

        public Applicable {
            Objects.requireNonNull(cadre, "cadre");
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(window, "window");
        }

        /**
         * The training requirement of the tier, apart from online study: the window for xianchu
         * level and above (DOMAIN T1), the year for xiangke level (T3). It is what the selection
         * regulations' basic qualification asks of a candidate for promotion and what a promoted
         * cadre must make up within a year (DOMAIN 1.2, T2); online study (T5 [P]) is a plan's
         * amount and is not part of it.
         */
        public PeriodStanding tierStanding() {
            return tier == Tier.COUNTY_AND_ABOVE ? window : year;
        }
    }

    /**
     * No requirement can be worked out for the cadre.
     *
     * @param cadre the cadre
     * @param reasonKey why, a message key ({@code training.notApplicable.*})
     * @param reasonArgs its arguments
     */
    record NotApplicable(CadreRef cadre, String reasonKey, List<String> reasonArgs) implements Assessment {

        public NotApplicable {
            Objects.requireNonNull(cadre, "cadre");
            Objects.requireNonNull(reasonKey, "reasonKey");
            reasonArgs = List.copyOf(reasonArgs);
        }
    }
}
