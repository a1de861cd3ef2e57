package cn.zugong.plugin.rotation.ui;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.rotation.Problem;
import cn.zugong.plugin.rotation.service.GrowthPlaceService;
import cn.zugong.plugin.rotation.service.TermService;
import cn.zugong.plugin.rotation.service.UnreadableRulesException;
import cn.zugong.plugin.rotation.term.TermRecord;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code rotation/terms?cadre=<id>}: one cadre's term records (DOMAIN §2.4), derived from the
 * registry's holdings, the corrected ones marked; the due lists and the gates link here. A cadre
 * of another county is not found, exactly like an unknown id. The growth place V-E1 reads is shown
 * with whether staff confirmed it; an officer confirms it here. An officer corrects a post's terms
 * below the list ({@link TermCorrection}).
 */
public class TermsView extends RotationPage implements BeforeEnterObserver {

    private final TermService terms = new TermService(context);
    private final GrowthPlaceService growth = new GrowthPlaceService(context);

    public TermsView() {
        super("rotation-terms", "rotation.terms.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (county.isEmpty()) {
            return;
        }
        Optional<UUID> cadre = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("cadre")
                .flatMap(TermsView::id);
        Optional<CadreRef> ref = cadre.flatMap(id -> context.cadres().find(id))
                .filter(c -> c.tenant().equals(county.get()));
        Optional<List<TermRecord>> records;
        try {
            records = ref.flatMap(c -> terms.terms(county.get(), c.id()));
        } catch (UnreadableRulesException e) {
            showUnreadableRules(e);
            return;
        }
        if (ref.isEmpty() || records.isEmpty()) {
            note("rotation-terms-unknown", "rotation.terms.unknown");
            return;
        }
        H3 name = new H3(ref.get().name());
        name.setId("rotation-terms-cadre");
        Grid<TermRecord> grid = new Grid<>();
        grid.setId("rotation-terms-grid");
        grid.addColumn(TermRecord::unitName)
                .setHeader(getTranslation("rotation.terms.unit"))
                .setFlexGrow(2);
        grid.addColumn(TermRecord::title).setHeader(getTranslation("rotation.terms.post"));
        grid.addColumn(TermRecord::number).setHeader(getTranslation("rotation.terms.number"));
        grid.addColumn(t -> t.start().toString()).setHeader(getTranslation("rotation.terms.start"));
        grid.addColumn(t -> t.end().map(Object::toString).orElse(getTranslation("rotation.terms.running")))
                .setHeader(getTranslation("rotation.terms.end"));
        grid.addColumn(t ->
                        t.earlyExit().map(e -> getTranslation(e.messageKey())).orElse(""))
                .setHeader(getTranslation("rotation.terms.earlyExit"));
        grid.addColumn(t -> getTranslation(t.corrected() ? "rotation.terms.corrected" : "rotation.terms.derived"))
                .setHeader(getTranslation("rotation.terms.source"));
        grid.setItems(records.get());
        grid.setAllRowsVisible(true);
        add(name, growthPlace(ref.get().id()), grid);
        if (writable) {
            UUID id = ref.get().id();
            add(new TermCorrection(
                    terms,
                    county.get(),
                    id,
                    records.get(),
                    () -> grid.setItems(terms.terms(county.get(), id).orElse(List.of()))));
        }
    }

    /** The growth place V-E1 reads, whether staff confirmed it, and for an officer the confirmation. */
    private HorizontalLayout growthPlace(UUID cadre) {
        Paragraph place = new Paragraph();
        place.setId("rotation-growth-place");
        HorizontalLayout line = new HorizontalLayout(place);
        Runnable show = () -> context.careers()
                .of(cadre)
                .ifPresent(c -> place.setText(c.growthPlace()
                        .map(p -> getTranslation(
                                growth.confirmed(county.get(), c)
                                        ? "rotation.growth.confirmed"
                                        : "rotation.growth.unconfirmed",
                                p))
                        .orElse(getTranslation("rotation.growth.none"))));
        show.run();
        if (writable) {
            Button confirm = new Button(getTranslation("rotation.growth.confirm"), e -> {
                List<Problem> problems = growth.confirm(county.get(), cadre);
                if (problems.isEmpty()) {
                    show.run();
                } else {
                    place.setText(text(problems.getFirst()));
                }
            });
            confirm.setId("rotation-growth-confirm");
            line.add(confirm);
        }
        return line;
    }

    private static Optional<UUID> id(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
