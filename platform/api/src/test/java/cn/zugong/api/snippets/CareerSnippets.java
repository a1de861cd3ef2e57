package cn.zugong.api.snippets;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.Holding;
import cn.zugong.api.career.PositionRef;
import cn.zugong.api.career.Relative;
import cn.zugong.api.plugin.PluginContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

// spotless:off
class CareerSnippets {
    long yearsInPost(PluginContext context, UUID cadreId, LocalDate today) {
        CadreCareer career = context.careers().of(cadreId).orElseThrow(); // @start region=years-in-post
        long years = career.current().stream()
                .filter(Holding::mainPost)
                .mapToLong(h -> ChronoUnit.YEARS.between(h.start(), today))
                .max().orElse(0);
        // @end
        return years;
    }

    void scan(PluginContext context, List<String> spouses) {
        List<CadreCareer> careers = context.careers().inOffice(); // @start region=scan
        Map<UUID, List<Relative>> families = context.careers().families();
        for (CadreCareer career : careers) {
            for (Relative relative : families.getOrDefault(career.cadreId(), List.of())) {
                if (relative.kinshipClass().equals("SPOUSE")) {
                    spouses.add(relative.name());
                }
            }
        }
        // @end
    }

    List<CadreCareer> careers(PluginContext context) {
        List<CadreCareer> careers = context.careers().inOffice(); // @start region=careers
        // @end
        return careers;
    }

    List<PositionRef> vacancies(PluginContext context) {
        List<PositionRef> open = context.careers().vacancies().stream() // @start region=vacancies
                .filter(p -> p.freeSeats() > 0)
                .toList();
        // @end
        return open;
    }
}
// spotless:on
