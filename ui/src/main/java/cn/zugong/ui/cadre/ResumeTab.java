package cn.zugong.ui.cadre;

import cn.zugong.core.cadre.application.CadrePartsService;
import cn.zugong.core.cadre.domain.Cadre;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * The resume: generated from the post holdings until a writer edits it ("save resume" keeps the
 * text as edited); "regenerate from posts" drops the edit and follows the holdings again.
 */
final class ResumeTab extends VerticalLayout {

    ResumeTab(CadrePartsService parts, Cadre cadre, boolean writable, SerializableRunnable refresh) {
        setPadding(false);
        Span state =
                new Span(getTranslation(cadre.isResumeEdited() ? "cadre.resume.edited" : "cadre.resume.generated"));
        state.setId("resume-state");
        TextArea resume = new TextArea(getTranslation("cadre.field.resume"));
        resume.setId("cadre-resume");
        resume.setWidthFull();
        resume.setMinHeight("12rem");
        resume.setValue(cadre.getResume() == null ? "" : cadre.getResume());
        resume.setReadOnly(!writable);
        add(state, resume);
        if (!writable) {
            return;
        }
        Button save = new Button(getTranslation("cadre.resume.save"), click -> {
            if (PartActions.run(this, () -> parts.editResume(cadre.getId(), resume.getValue()), null)) {
                PartActions.saved(this);
                refresh.run();
            }
        });
        save.setId("resume-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button regenerate = new Button(getTranslation("cadre.resume.regenerate"), click -> {
            if (PartActions.run(this, () -> parts.regenerateResume(cadre.getId()), null)) {
                PartActions.saved(this);
                refresh.run();
            }
        });
        regenerate.setId("resume-regenerate");
        regenerate.setEnabled(cadre.isResumeEdited());
        add(new HorizontalLayout(save, regenerate));
    }
}
