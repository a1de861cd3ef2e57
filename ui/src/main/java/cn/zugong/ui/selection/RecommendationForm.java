package cn.zugong.ui.selection;

import cn.zugong.api.view.Widgets;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.Tally;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The democratic recommendation (minzhu tuijian): its date, how many should take part and took
 * part, whether it was targeted at this post, and per candidate the interview and meeting tallies
 * ({@code tally-<n>-interview}, {@code tally-<n>-meeting}, n the candidate's place in the list).
 */
class RecommendationForm extends StepForm {

    final DatePicker on;
    final IntegerField expected;
    final IntegerField present;
    final Checkbox targeted;
    final Map<UUID, IntegerField[]> tallies = new LinkedHashMap<>();

    RecommendationForm(CaseContext context, CaseCalls calls) {
        super(context, "recommendation-form");
        SelectionCase c = context.selectionCase();
        on = field("recommendation-on", "selection.recommendation.on", Widgets.datePicker(), "recommendedOn");
        on.setMax(LocalDate.now());
        on.setValue(c.recommendation().getRecommendedOn());
        expected = field("recommendation-expected", "selection.recommendation.expected", count(), "expected");
        expected.setValue(c.recommendation().getRecommendationExpected());
        present = field("recommendation-present", "selection.recommendation.present", count(), "present");
        present.setValue(c.recommendation().getRecommendationPresent());
        targeted = flag("recommendation-targeted", "selection.recommendation.targeted");
        targeted.setValue(c.recommendation().isRecommendationTargeted());
        for (SelectionCandidate k : context.file().candidates()) {
            int n = context.index(k.getCadreId());
            String name = context.name(k.getCadreId());
            IntegerField interview = tallyField("tally-" + n + "-interview", "selection.tally.interviewOf", name);
            interview.setValue(k.getInterviewVotes());
            IntegerField meeting = tallyField("tally-" + n + "-meeting", "selection.tally.meetingOf", name);
            meeting.setValue(k.getMeetingVotes());
            tallies.put(k.getCadreId(), new IntegerField[] {interview, meeting});
            if (tallies.size() == 1) {
                answersFor(interview, "tally");
            }
        }
        action(
                "recommendation-save",
                "selection.recommendation.save",
                () -> calls.recordRecommendation(
                        on.getValue(),
                        Counts.required(expected, "expected"),
                        Counts.required(present, "present"),
                        targeted.getValue(),
                        tallies()));
    }

    private static IntegerField count() {
        return Counts.field();
    }

    private IntegerField tallyField(String id, String labelKey, String name) {
        IntegerField field = count();
        field.setId(id);
        field.setLabel(getTranslation(labelKey, name));
        add(field);
        return field;
    }

    List<Tally> tallies() {
        List<Tally> result = new ArrayList<>();
        tallies.forEach((cadre, fields) -> result.add(new Tally(cadre, fields[0].getValue(), fields[1].getValue())));
        return result;
    }
}
