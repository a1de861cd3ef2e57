package cn.zugong.ui.selection;

import cn.zugong.api.selection.GateResult;
import cn.zugong.core.selection.domain.CaseStatus;
import com.vaadin.flow.component.html.Span;

/** Lumo badges for steps, statuses and gate outcomes. */
final class Badge {

    private Badge() {}

    static Span of(String text, String variant) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        if (!variant.isEmpty()) {
            for (String v : variant.split(" ")) {
                badge.getElement().getThemeList().add(v);
            }
        }
        return badge;
    }

    static String variant(CaseStatus status) {
        return switch (status) {
            case OPEN -> "";
            case DONE -> "success";
            case WITHDRAWN -> "contrast";
            case REJECTED -> "error";
        };
    }

    static String variant(GateResult.Outcome outcome) {
        return switch (outcome) {
            case PASS -> "success";
            case WARNING -> "warning";
            case BLOCK -> "error";
        };
    }
}
