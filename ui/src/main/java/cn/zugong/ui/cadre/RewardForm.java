package cn.zugong.ui.cadre;

import cn.zugong.api.view.Widgets;
import cn.zugong.core.cadre.domain.CadrePartRules;
import cn.zugong.core.cadre.domain.RewardKind;
import cn.zugong.core.cadre.domain.RewardPunishment;
import cn.zugong.core.validation.Problem;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A reward or punishment; users who may not see punishments can only record rewards. */
class RewardForm extends PartForm<RewardPunishment> {

    final Select<RewardKind> kind;
    final DatePicker decidedOn = field("decidedOn", "cadre.reward.date", Widgets.datePicker());
    final TextField title = field("title", "cadre.reward.title", new TextField());
    final TextField issuer = field("issuer", "cadre.reward.issuer", new TextField());
    final TextField documentNo = field("documentNo", "cadre.reward.documentNo", new TextField());

    RewardForm(boolean sensitive) {
        super("reward");
        kind = choice(
                "kind",
                "cadre.reward.kind",
                sensitive ? Arrays.asList(RewardKind.values()) : List.of(RewardKind.REWARD));
        addComponentAsFirst(kind);
        decidedOn.setMax(LocalDate.now());
        binder.forField(kind).bind(RewardPunishment::getKind, RewardPunishment::setKind);
        binder.forField(decidedOn).bind(RewardPunishment::getDecidedOn, RewardPunishment::setDecidedOn);
        binder.forField(title).bind(RewardPunishment::getTitle, RewardPunishment::setTitle);
        binder.forField(issuer).bind(RewardPunishment::getIssuer, RewardPunishment::setIssuer);
        binder.forField(documentNo).bind(RewardPunishment::getDocumentNo, RewardPunishment::setDocumentNo);
    }

    @Override
    List<Problem> check(RewardPunishment part) {
        return CadrePartRules.reward(part, LocalDate.now());
    }
}
