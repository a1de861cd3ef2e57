package cn.zugong.core.selection.domain;

import cn.zugong.api.selection.SelectionStep;
import java.util.Map;

/**
 * One county's open cases for the supervisors' overview.
 *
 * @param tenantId the county
 * @param open the open cases
 * @param byStep the open cases per current step (steps without a case are left out)
 * @param overdue the open cases that have been at their step longer than the overdue setting
 */
public record CountyCases(String tenantId, int open, Map<SelectionStep, Integer> byStep, int overdue) {

    public CountyCases {
        byStep = Map.copyOf(byStep);
    }

    public int atStep(SelectionStep step) {
        return byStep.getOrDefault(step, 0);
    }
}
