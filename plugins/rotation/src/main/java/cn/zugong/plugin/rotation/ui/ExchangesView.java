package cn.zugong.plugin.rotation.ui;

import cn.zugong.plugin.rotation.data.Exchange;
import cn.zugong.plugin.rotation.exchange.ExchangeReason;
import cn.zugong.plugin.rotation.service.ExchangeCases;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;

/**
 * {@code rotation/exchanges}: the county's exchange cases (issue item 5, DOMAIN §2.4): cadre, post,
 * 调任/转任 and the reason of 第四条, state and since when, the selection case each follows; the
 * selected case's file and its next step ({@link ExchangeForm}) for a writer of the county.
 */
public class ExchangesView extends RotationPage {

    private final ExchangeCases exchanges = new ExchangeCases(context);
    private final Grid<Exchange> grid = new Grid<>();

    public ExchangesView() {
        super("rotation-exchanges", "rotation.exchanges.title");
        if (county.isEmpty()) {
            return;
        }
        grid.setId("rotation-exchanges-grid");
        grid.addColumn(Exchange::cadreName)
                .setHeader(getTranslation("rotation.plan.cadre"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("rotation.plan.postValue", e.unitName(), e.title()))
                .setHeader(getTranslation("rotation.plan.post"))
                .setFlexGrow(3);
        grid.addColumn(e -> getTranslation(
                        "rotation.plan.exchangeValue",
                        getTranslation("rotation.exchange.type." + e.type().name()),
                        getTranslation(ExchangeReason.messageKey(e.reason()))))
                .setHeader(getTranslation("rotation.plan.exchange"))
                .setFlexGrow(2);
        grid.addColumn(e -> getTranslation(e.status().messageKey()))
                .setHeader(getTranslation("rotation.exchange.status"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.statusSince().toString())
                .setHeader(getTranslation("rotation.exchange.since"))
                .setAutoWidth(true);
        grid.addComponentColumn(e -> new Anchor("selection/" + e.caseId(), getTranslation("rotation.plan.case")))
                .setHeader(getTranslation("rotation.plan.caseColumn"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(grid);
        ExchangeForm form = new ExchangeForm(exchanges, county.get(), writable, this::reload);
        grid.asSingleSelect().addValueChangeListener(e -> form.show(e.getValue()));
        add(form);
        reload(null);
    }

    /** Reads the cases again, keeping {@code selected} selected when given. */
    private void reload(Exchange selected) {
        grid.setItems(exchanges.list(county.get()));
        if (selected != null) {
            exchanges.find(county.get(), selected.id()).ifPresent(grid::select);
        }
    }
}
