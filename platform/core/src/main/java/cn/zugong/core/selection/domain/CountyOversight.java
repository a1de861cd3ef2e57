package cn.zugong.core.selection.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * One county's counts for the inspector: cases per {@link OversightMeasure}.
 *
 * @param tenantId the county
 * @param counts cases per measure (measures without a case are left out)
 */
public record CountyOversight(String tenantId, Map<OversightMeasure, Integer> counts) {

    public CountyOversight {
        counts = counts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(counts));
    }

    public int count(OversightMeasure measure) {
        return counts.getOrDefault(measure, 0);
    }
}
