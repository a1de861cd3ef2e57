package cn.zugong.ui.selection;

import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.calendar.CalendarService;
import cn.zugong.core.post.PositionService;
import cn.zugong.core.selection.application.ApplyService;
import cn.zugong.core.selection.application.DualConsultationService;
import cn.zugong.core.selection.application.ExceptionService;
import cn.zugong.core.selection.application.GateService;
import cn.zugong.core.selection.application.OversightService;
import cn.zugong.core.selection.application.SelectionService;
import cn.zugong.core.selection.application.StepService;
import cn.zugong.core.selection.eligibility.EligibilityService;
import cn.zugong.core.selection.record.CaseRecordService;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.core.unit.UnitService;
import cn.zugong.ui.cadre.ServiceUnitChoices;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * The services the selection pages call, injected into each page as one; a case page hands them to
 * its {@link CaseCalls}, which view tests replace.
 */
@Dependent
record SelectionServices(
        SelectionService selection,
        StepService steps,
        GateService gates,
        ExceptionService exceptions,
        DualConsultationService consultations,
        ApplyService apply,
        CalendarService calendar,
        CaseRecordService records,
        OversightService oversight,
        EligibilityService eligibility,
        CadreService cadres,
        UnitService units,
        PositionService positions,
        TenantDirectory tenants,
        ServiceUnitChoices unitChoices)
        implements Serializable {

    @Inject
    SelectionServices {}

    Counties counties() {
        return new Counties(tenants);
    }
}
