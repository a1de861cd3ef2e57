package cn.zugong.ui.cadre;

import cn.zugong.core.cadre.domain.CadrePartRules;
import cn.zugong.core.cadre.domain.FamilyMember;
import cn.zugong.core.cadre.domain.KinshipClass;
import cn.zugong.core.validation.Problem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;

/** A family member or important social relation; the birth as the form writes it ({@code YYYYMM}). */
class FamilyForm extends PartForm<FamilyMember> {

    final TextField relation = field("relation", "cadre.family.relation", new TextField());
    final Select<KinshipClass> kinship =
            choice("kinshipClass", "cadre.family.kinship", Arrays.asList(KinshipClass.values()));
    final TextField name = field("name", "cadre.family.name", new TextField());
    final TextField birth = field("birth", "cadre.family.birth", new TextField());
    final TextField politicalStatus = field("politicalStatus", "cadre.family.politicalStatus", new TextField());
    final TextField workUnitAndPost = field("workUnitAndPost", "cadre.family.workUnitAndPost", new TextField());
    final IntegerField sortOrder = field("sortOrder", "cadre.family.sortOrder", new IntegerField());

    FamilyForm() {
        super("family");
        birth.setPlaceholder(getTranslation("cadre.family.birth.placeholder"));
        birth.setMaxLength(8);
        binder.forField(relation).bind(FamilyMember::getRelation, FamilyMember::setRelation);
        binder.forField(kinship).bind(FamilyMember::getKinshipClass, FamilyMember::setKinshipClass);
        binder.forField(name).bind(FamilyMember::getName, FamilyMember::setName);
        binder.forField(birth).bind(FamilyMember::getBirth, (m, v) -> m.setBirth(v == null || v.isBlank() ? null : v));
        binder.forField(politicalStatus).bind(FamilyMember::getPoliticalStatus, FamilyMember::setPoliticalStatus);
        binder.forField(workUnitAndPost).bind(FamilyMember::getWorkUnitAndPost, FamilyMember::setWorkUnitAndPost);
        binder.forField(sortOrder).bind(FamilyMember::getSortOrder, (m, v) -> m.setSortOrder(v == null ? 0 : v));
    }

    @Override
    List<Problem> check(FamilyMember part) {
        return CadrePartRules.family(part);
    }
}
