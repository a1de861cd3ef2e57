package cn.zugong.plugin.reserve.ui;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.api.view.Widgets;
import cn.zugong.plugin.reserve.Problem;
import cn.zugong.plugin.reserve.data.Candidate;
import cn.zugong.plugin.reserve.pool.Plan;
import cn.zugong.plugin.reserve.pool.PlanKind;
import cn.zugong.plugin.reserve.pool.Review;
import cn.zugong.plugin.reserve.rules.ExitReason;
import cn.zugong.plugin.reserve.service.PoolService;
import cn.zugong.plugin.reserve.service.ReviewService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The pool's life of one approved member (item 3): the annual review with what it read from the
 * registry and the other modules, the exit with one of the county's reasons, and the development
 * plan. Changes only for a manager of a writable county.
 */
class MemberPanel extends VerticalLayout {

    private final TenantId county;
    private final Candidate member;
    private final PoolService pool;
    private final ReviewService reviews;
    private final Consumer<List<Problem>> done;
    private final ComboBox<ExitReason> reason = new ComboBox<>();
    private final ComboBox<PlanKind> kind = new ComboBox<>();
    private final TextField description = new TextField();
    private final DatePicker start = Widgets.datePicker();
    private final DatePicker end = Widgets.datePicker();
    private final TextField outcome = new TextField();

    MemberPanel(
            TenantId county,
            Candidate member,
            PoolService pool,
            ReviewService reviews,
            boolean writable,
            Consumer<List<Problem>> done) {
        this.county = county;
        this.member = member;
        this.pool = pool;
        this.reviews = reviews;
        this.done = done;
        setId("reserve-member");
        setPadding(false);
        add(new H4(getTranslation("reserve.member.title", member.name())));
        int year = reviews.reviewYear();
        ReviewService.Reading reading = reviews.read(county, member, year);
        Paragraph read = new Paragraph(getTranslation(
                "reserve.review.reading",
                String.valueOf(year),
                reading.grade()
                        .map(g -> getTranslation("reserve.grade." + g))
                        .orElse(getTranslation("reserve.review.none")),
                reading.training().isEmpty()
                        ? getTranslation("reserve.review.none")
                        : String.join(", ", reading.training()),
                reading.measures().isEmpty()
                        ? getTranslation("reserve.review.none")
                        : String.join(", ", reading.measures()),
                reading.advice().isEmpty()
                        ? getTranslation("reserve.review.keep")
                        : reading.advice().stream()
                                .map(r -> getTranslation(r.messageKey()))
                                .collect(Collectors.joining(", "))));
        read.setId("reserve-member-reading");
        add(read);
        if (writable) {
            add(poolActions(year), planForm());
        }
        add(reviewGrid(), planGrid());
    }

    private HorizontalLayout poolActions(int year) {
        reason.setId("reserve-member-reason");
        reason.setLabel(getTranslation("reserve.member.reason"));
        reason.setItems(pool.exitReasons(county));
        reason.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        reason.setClearButtonVisible(true);
        Button review = new Button(
                getTranslation("reserve.member.review", String.valueOf(year)),
                e -> done.accept(reviews.review(
                        county, member, year, Optional.ofNullable(reason.getValue()), Optional.empty())));
        review.setId("reserve-member-review");
        Button exit = new Button(
                getTranslation("reserve.member.exit"),
                e -> done.accept(
                        reason.getValue() == null
                                ? List.of(Problem.of("reason", "reserve.exit.reason"))
                                : pool.exit(county, member.id(), reason.getValue())));
        exit.setId("reserve-member-exit");
        HorizontalLayout actions = new HorizontalLayout(reason, review, exit);
        actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return actions;
    }

    private HorizontalLayout planForm() {
        kind.setId("reserve-plan-kind");
        kind.setLabel(getTranslation("reserve.plan.kind"));
        kind.setItems(PlanKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        description.setId("reserve-plan-description");
        description.setMaxLength(200);
        description.setLabel(getTranslation("reserve.plan.what"));
        start.setId("reserve-plan-start");
        start.setLabel(getTranslation("reserve.plan.start"));
        end.setId("reserve-plan-end");
        end.setLabel(getTranslation("reserve.plan.end"));
        outcome.setId("reserve-plan-outcome");
        outcome.setMaxLength(500);
        outcome.setLabel(getTranslation("reserve.plan.outcome"));
        Button add = new Button(
                getTranslation("reserve.plan.add"),
                e -> done.accept(
                        kind.getValue() == null || start.getValue() == null
                                ? List.of(Problem.of("kind", "reserve.plan.incomplete"))
                                : reviews.plan(
                                        county,
                                        member,
                                        kind.getValue(),
                                        description.getValue(),
                                        start.getValue(),
                                        Optional.ofNullable(end.getValue()),
                                        Optional.ofNullable(outcome.getValue()))));
        add.setId("reserve-plan-add");
        HorizontalLayout form = new HorizontalLayout(kind, description, start, end, outcome, add);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Grid<Review> reviewGrid() {
        Grid<Review> grid = new Grid<>();
        grid.setId("reserve-reviews-grid");
        grid.addColumn(Review::year).setHeader(getTranslation("reserve.review.year"));
        grid.addColumn(r ->
                        r.grade().map(g -> getTranslation("reserve.grade." + g)).orElse(""))
                .setHeader(getTranslation("reserve.review.grade"));
        grid.addColumn(r -> r.training().orElse("")).setHeader(getTranslation("reserve.review.training"));
        grid.addColumn(r -> r.measures().orElse("")).setHeader(getTranslation("reserve.review.measures"));
        grid.addColumn(r -> getTranslation(r.outcome().messageKey()))
                .setHeader(getTranslation("reserve.review.outcome"));
        grid.setItems(reviews.reviews(county, member.id()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<Plan> planGrid() {
        Grid<Plan> grid = new Grid<>();
        grid.setId("reserve-plans-grid");
        grid.addColumn(p -> getTranslation(p.kind().messageKey())).setHeader(getTranslation("reserve.plan.kind"));
        grid.addColumn(Plan::description).setHeader(getTranslation("reserve.plan.what"));
        grid.addColumn(p -> p.start().toString()).setHeader(getTranslation("reserve.plan.start"));
        grid.addColumn(p -> p.end().map(Object::toString).orElse("")).setHeader(getTranslation("reserve.plan.end"));
        grid.addColumn(p -> p.outcome().orElse("")).setHeader(getTranslation("reserve.plan.outcome"));
        grid.setItems(reviews.plans(county, member.id()));
        grid.setAllRowsVisible(true);
        return grid;
    }
}
