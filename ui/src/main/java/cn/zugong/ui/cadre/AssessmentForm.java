package cn.zugong.ui.cadre;

import cn.zugong.core.cadre.domain.Assessment;
import cn.zugong.core.cadre.domain.AssessmentGrade;
import cn.zugong.core.cadre.domain.CadrePartRules;
import cn.zugong.core.validation.Problem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** One year's assessment: year, grade, and the note that gives the reason when there is no grade. */
class AssessmentForm extends PartForm<Assessment> {

    final IntegerField year = field("year", "cadre.assessment.year", new IntegerField());
    final Select<AssessmentGrade> grade =
            choice("grade", "cadre.assessment.grade", Arrays.asList(AssessmentGrade.values()));
    final TextField note = field("note", "cadre.assessment.note", new TextField());
    private final List<Assessment> others;

    AssessmentForm(List<Assessment> others) {
        super("assessment");
        this.others = List.copyOf(others);
        note.setMaxLength(200);
        binder.forField(year).bind(a -> a.getYear() == 0 ? null : a.getYear(), (a, v) -> a.setYear(v == null ? 0 : v));
        binder.forField(grade).bind(Assessment::getGrade, Assessment::setGrade);
        binder.forField(note).bind(Assessment::getNote, Assessment::setNote);
    }

    @Override
    List<Problem> check(Assessment part) {
        return CadrePartRules.assessment(part, others, LocalDate.now());
    }
}
