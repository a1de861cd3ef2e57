package cn.zugong.plugin.rotation.extension;

import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.selection.SelectionStep;
import java.util.EnumSet;
import java.util.Set;

/** What the rotation gates share: they are asked at 动议, 考察 and before the 讨论决定 vote (DOMAIN §2.6). */
abstract class RotationGate implements AppointmentGate {

    @Override
    public Set<SelectionStep> steps() {
        return EnumSet.of(SelectionStep.INITIATION, SelectionStep.INSPECTION, SelectionStep.DECISION);
    }
}
