package cn.zugong.plugin.reserve.ui;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.reserve.Problem;
import cn.zugong.plugin.reserve.candidate.Horizon;
import cn.zugong.plugin.reserve.candidate.NominationSource;
import cn.zugong.plugin.reserve.candidate.Tally;
import cn.zugong.plugin.reserve.service.Nomination;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The nomination of a cadre of the county to a batch (issue item 2): the source with the tallies
 * of a 民主推荐 entered by hand, and the horizon. Gender, party membership and education are the
 * registry's (item 1), not typed here.
 */
class NominationForm extends HorizontalLayout {

    private final ComboBox<CadreRef> cadre = new ComboBox<>();
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
        add(cadre, source, votes, ballots, horizon, submit);
    }

    private Optional<Nomination> nomination() {
        if (cadre.getValue() == null || source.getValue() == null || horizon.getValue() == null) {
            return Optional.empty();
        }
        Optional<Tally> tally = source.getValue().hasTally() && votes.getValue() != null && ballots.getValue() != null
                ? Optional.of(new Tally(votes.getValue(), ballots.getValue()))
                : Optional.empty();
        return Optional.of(new Nomination(cadre.getValue().id(), source.getValue(), tally, horizon.getValue()));
    }
}
