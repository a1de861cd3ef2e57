package cn.zugong.plugin.reserve.ui;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.reserve.Problem;
import cn.zugong.plugin.reserve.candidate.Horizon;
import cn.zugong.plugin.reserve.candidate.NominationSource;
import cn.zugong.plugin.reserve.candidate.Tally;
import cn.zugong.plugin.reserve.rules.Education;
import cn.zugong.plugin.reserve.service.Nomination;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The nomination of a cadre of the county to a batch (issue item 2): the source with the tallies
 * of a 民主推荐 entered by hand, the facts the registry's directory does not give, and the horizon.
 */
class NominationForm extends HorizontalLayout {

    private final ComboBox<CadreRef> cadre = new ComboBox<>();
    private final Checkbox woman = new Checkbox();
    private final Checkbox nonParty = new Checkbox();
    private final ComboBox<Education> education = new ComboBox<>();
    private final ComboBox<NominationSource> source = new ComboBox<>();
    private final IntegerField votes = new IntegerField();
    private final IntegerField ballots = new IntegerField();
    private final ComboBox<Horizon> horizon = new ComboBox<>();

    NominationForm(List<CadreRef> cadres, Function<Nomination, List<Problem>> nominate, Runnable incomplete) {
        setId("reserve-nominate");
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        setWrap(true);
        cadre.setId("reserve-nominate-cadre");
        cadre.setLabel(getTranslation("reserve.nominate.cadre"));
        cadre.setItems(cadres);
        cadre.setItemLabelGenerator(
                c -> c.name() + c.unitName().map(u -> " · " + u).orElse(""));
        woman.setId("reserve-nominate-woman");
        woman.setLabel(getTranslation("reserve.nominate.woman"));
        nonParty.setId("reserve-nominate-nonParty");
        nonParty.setLabel(getTranslation("reserve.nominate.nonParty"));
        education.setId("reserve-nominate-education");
        education.setLabel(getTranslation("reserve.nominate.education"));
        education.setItems(Education.values());
        education.setItemLabelGenerator(e -> getTranslation(e.messageKey()));
        source.setId("reserve-nominate-source");
        source.setLabel(getTranslation("reserve.nominate.source"));
        source.setItems(NominationSource.values());
        source.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        source.setValue(NominationSource.DEMOCRATIC);
        source.addValueChangeListener(e -> {
            boolean tally = e.getValue() != null && e.getValue().hasTally();
            votes.setVisible(tally);
            ballots.setVisible(tally);
        });
        votes.setId("reserve-nominate-votes");
        votes.setLabel(getTranslation("reserve.nominate.votes"));
        ballots.setId("reserve-nominate-ballots");
        ballots.setLabel(getTranslation("reserve.nominate.ballots"));
        horizon.setId("reserve-nominate-horizon");
        horizon.setLabel(getTranslation("reserve.nominate.horizon"));
        horizon.setItems(Horizon.values());
        horizon.setItemLabelGenerator(h -> getTranslation(h.messageKey()));
        Button submit = new Button(getTranslation("reserve.nominate.submit"), e -> {
            Optional<Nomination> nomination = nomination();
            if (nomination.isEmpty()) {
                incomplete.run();
            } else if (nominate.apply(nomination.get()).isEmpty()) {
                cadre.clear();
            }
        });
        submit.setId("reserve-nominate-submit");
        add(cadre, woman, nonParty, education, source, votes, ballots, horizon, submit);
    }

    private Optional<Nomination> nomination() {
        if (cadre.getValue() == null
                || education.getValue() == null
                || source.getValue() == null
                || horizon.getValue() == null) {
            return Optional.empty();
        }
        Optional<Tally> tally = source.getValue().hasTally() && votes.getValue() != null && ballots.getValue() != null
                ? Optional.of(new Tally(votes.getValue(), ballots.getValue()))
                : Optional.empty();
        return Optional.of(new Nomination(
                cadre.getValue().id(),
                woman.getValue(),
                nonParty.getValue(),
                education.getValue(),
                source.getValue(),
                tally,
                horizon.getValue()));
    }
}
