package cn.zugong.ui.plugin;

import cn.zugong.core.plugin.domain.PluginManifest;
import cn.zugong.core.plugin.install.PluginContents;
import cn.zugong.core.plugin.install.PluginReview;
import cn.zugong.core.validation.Problem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Function;

/**
 * What an uploaded jar would install ({@code plugin-review}): what it declares, who signed it, the
 * version it replaces, and every reason it would be refused ({@code plugin-review-problems}); the
 * install button ({@code plugin-install}) only when there is none.
 */
class PluginReviewPanel extends VerticalLayout {

    final Button install = new Button();
    final Button discard = new Button();
    final UnorderedList problems = new UnorderedList();

    PluginReviewPanel(Runnable onInstall, Runnable onDiscard) {
        setId("plugin-review");
        setPadding(true);
        getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        install.setText(getTranslation("plugin.review.install"));
        install.setIcon(VaadinIcon.DOWNLOAD_ALT.create());
        install.setId("plugin-install");
        install.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        install.addClickListener(click -> onInstall.run());
        discard.setText(getTranslation("plugin.review.discard"));
        discard.setId("plugin-review-discard");
        discard.addClickListener(click -> onDiscard.run());
        problems.setId("plugin-review-problems");
        setVisible(false);
    }

    void show(PluginReview review) {
        removeAll();
        add(new H3(getTranslation("plugin.review.title")));
        review.manifest().ifPresent(manifest -> add(declared(manifest, review)));
        review.kept().ifPresent(kept -> {
            Paragraph notice = new Paragraph(getTranslation("plugin.review.kept", kept.tables(), kept.rows()));
            notice.setId("plugin-review-kept");
            notice.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-body-text-color))");
            add(notice);
        });
        problems.removeAll();
        if (review.acceptable()) {
            Paragraph ok = new Paragraph(getTranslation("plugin.review.acceptable"));
            ok.setId("plugin-review-acceptable");
            ok.getStyle().set("color", "var(--lumo-success-text-color)");
            add(ok);
        } else {
            Span heading = new Span(getTranslation("plugin.review.problems"));
            heading.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            for (Problem problem : review.problems()) {
                ListItem item = new ListItem(PluginTexts.problem(this, problem));
                item.getStyle().set("color", "var(--lumo-error-text-color)");
                problems.add(item);
            }
            add(heading, problems);
        }
        install.setEnabled(review.acceptable());
        add(new HorizontalLayout(discard, install));
        setVisible(true);
    }

    void clear() {
        removeAll();
        problems.removeAll();
        setVisible(false);
    }

    private Component declared(PluginManifest manifest, PluginReview review) {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        item(form, "plugin.review.id", "plugin-review-id", manifest.id());
        item(form, "plugin.review.version", "plugin-review-version", manifest.version());
        item(form, "plugin.review.provider", "plugin-review-provider", orDash(manifest.provider()));
        item(
                form,
                "plugin.review.signer",
                "plugin-review-signer",
                review.signer()
                        .orElseGet(() -> getTranslation(
                                untrusted(review) ? "plugin.review.signer.untrusted" : "plugin.signer.unsigned")));
        item(form, "plugin.review.requires", "plugin-review-requires", orDash(manifest.requires()));
        item(
                form,
                "plugin.review.replaces",
                "plugin-review-replaces",
                review.installedVersion().orElseGet(() -> getTranslation("plugin.review.replaces.none")));
        item(
                form,
                "plugin.review.permissions",
                "plugin-review-permissions",
                list(manifest.permissions(), code -> code));
        item(
                form,
                "plugin.review.dataAccess",
                "plugin-review-data",
                list(manifest.dataAccess(), code -> PluginTexts.dataAccess(this, code)));
        if (!manifest.description().isBlank()) {
            item(form, "plugin.review.description", "plugin-review-description", manifest.description());
        }
        PluginContents contents = review.contents();
        item(form, "plugin.review.migrations", "plugin-review-migrations", list(contents.migrations(), name -> name));
        item(form, "plugin.review.tables", "plugin-review-tables", list(contents.tables(), name -> name));
        item(form, "plugin.review.gates", "plugin-review-gates", list(contents.gates(), name -> name));
        item(form, "plugin.review.jobs", "plugin-review-jobs", list(contents.jobs(), name -> name));
        return form;
    }

    /** Signed, but not by a registered vendor or changed after signing (a problem says which). */
    private static boolean untrusted(PluginReview review) {
        return review.problems().stream()
                .map(Problem::messageKey)
                .anyMatch(key -> key.equals("plugin.refused.tampered") || key.equals("plugin.refused.unknownSigner"));
    }

    private void item(FormLayout form, String labelKey, String id, String value) {
        Span text = new Span(value);
        text.setId(id);
        form.addFormItem(text, getTranslation(labelKey));
    }

    private String list(List<String> values, Function<String, String> label) {
        return values.isEmpty()
                ? getTranslation("plugin.review.none")
                : String.join(
                        getTranslation("list.separator"),
                        values.stream().map(label).toList());
    }

    private String orDash(String value) {
        return value == null || value.isBlank() ? getTranslation("plugin.review.none") : value;
    }
}
