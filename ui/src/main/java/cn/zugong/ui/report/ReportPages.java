package cn.zugong.ui.report;

import static cn.zugong.ui.publicpage.PublicPage.html;

import cn.zugong.api.intake.IntakeChoice;
import cn.zugong.core.intake.domain.PublicCandidate;
import cn.zugong.core.intake.domain.PublicCounty;
import cn.zugong.core.intake.domain.PublicReport;
import cn.zugong.core.intake.domain.ReceiptStatus;
import cn.zugong.ui.publicpage.PublicPage;
import java.util.List;
import java.util.function.Function;

/**
 * The reporting page's views as plain HTML: every text the sender typed comes back escaped, in a
 * form field, never as markup; attachments never come back at all.
 */
final class ReportPages {

    private ReportPages() {}

    static PublicPage counties(PublicPage page, String context, List<PublicCounty> counties) {
        page.raw("<h1>")
                .say("intake.public.title")
                .raw("</h1><p class=\"hint\">")
                .say("intake.public.intro")
                .raw("</p><h2>")
                .say("intake.public.chooseCounty")
                .raw("</h2>");
        if (counties.isEmpty()) {
            page.raw("<p id=\"report-no-county\">")
                    .say("intake.public.noCounty")
                    .raw("</p>");
        } else {
            page.raw("<ul class=\"counties\">");
            boolean english = "en".equals(page.locale().getLanguage());
            for (PublicCounty c : counties) {
                page.raw("<li><a id=\"county-" + html(c.code()) + "\" href=\"" + html(context) + "/report/new?county="
                        + html(c.code()) + "\">" + html(english ? c.nameEn() : c.nameZh()) + "</a></li>");
            }
            page.raw("</ul>");
        }
        return statusLink(page, context);
    }

    /**
     * The form of a county. {@code typed} refills it after a refusal (with the same submission
     * key: nothing was kept); {@code labels} translates the plugin's category keys.
     */
    static PublicPage form(
            PublicPage page,
            String context,
            PublicCounty county,
            List<IntakeChoice> categories,
            List<PublicCandidate> candidates,
            Function<String, String> labels,
            FormState state) {
        PublicReport typed = state.typed();
        boolean english = "en".equals(page.locale().getLanguage());
        page.raw("<h1 id=\"report-county\">" + html(english ? county.nameEn() : county.nameZh()) + "</h1>")
                .raw("<form id=\"report-form\" method=\"post\" enctype=\"multipart/form-data\" action=\""
                        + html(context) + "/report/submit\" data-action=\"" + html(context) + "/report/submit\""
                        + " data-challenge=\"" + html(state.challenge()) + "\" data-bits=\"" + state.bits()
                        + "\" data-working=\"" + html(page.text("intake.public.working")) + "\">")
                .raw("<input type=\"hidden\" name=\"county\" value=\"" + html(county.code()) + "\">")
                .raw("<input type=\"hidden\" name=\"key\" value=\"" + html(state.key()) + "\">");
        page.raw("<label for=\"report-category\">")
                .say("intake.public.category.label")
                .raw("</label>")
                .raw("<select id=\"report-category\" name=\"category\" required>");
        for (IntakeChoice choice : categories) {
            boolean chosen = typed != null && choice.code().equals(typed.category());
            page.raw("<option value=\"" + html(choice.code()) + "\"" + (chosen ? " selected" : "") + ">"
                    + html(labels.apply(choice.messageKey())) + "</option>");
        }
        page.raw("</select>");
        if (!candidates.isEmpty()) {
            page.raw("<label for=\"report-candidate\">")
                    .say("intake.public.candidate.label")
                    .raw("</label>")
                    .raw("<select id=\"report-candidate\" name=\"candidate\"><option value=\"\">")
                    .say("intake.public.candidate.none")
                    .raw("</option>");
            for (PublicCandidate k : candidates) {
                String id = k.caseId().toString();
                boolean chosen = typed != null && id.equals(typed.candidateCase());
                page.raw("<option value=\"" + html(id) + "\"" + (chosen ? " selected" : "") + ">")
                        .say("intake.public.candidate.option", k.name(), k.currentPost(), k.proposedPost())
                        .raw("</option>");
            }
            page.raw("</select><p class=\"hint\">")
                    .say("intake.public.candidate.hint")
                    .raw("</p>");
        }
        page.raw("<label for=\"report-text\">")
                .say("intake.public.text.label", state.textLength())
                .raw("</label><textarea id=\"report-text\" name=\"text\" rows=\"10\" maxlength=\"" + state.textLength()
                        + "\" required>" + html(typed == null || typed.text() == null ? "" : typed.text())
                        + "</textarea>");
        page.raw("<label class=\"choice\"><input type=\"checkbox\" id=\"report-real-name\" name=\"realName\""
                        + (typed != null && typed.realName() ? " checked" : "") + "> ")
                .say("intake.public.realName")
                .raw("</label><p class=\"hint\">")
                .say("intake.public.realNameHint")
                .raw("</p>");
        field(page, "report-name", "name", "intake.public.name", typed == null ? null : typed.name());
        field(page, "report-contact", "contact", "intake.public.contact", typed == null ? null : typed.contact());
        page.raw("<label for=\"report-files\">")
                .say("intake.public.files", state.files(), state.megabytes())
                .raw("</label><input type=\"file\" id=\"report-files\" name=\"files\" multiple"
                        + " accept=\"application/pdf,image/jpeg,image/png\">")
                .raw("<p class=\"hint\" id=\"report-pow-status\" aria-live=\"polite\"></p>")
                .raw("<noscript><p class=\"message\">")
                .say("intake.public.noscript")
                .raw("</p></noscript><button id=\"report-submit\" type=\"submit\">")
                .say("intake.public.submit")
                .raw("</button></form><p class=\"hint\">")
                .say("intake.public.limits", state.daily())
                .raw("</p><script src=\"" + html(context) + "/report/report.js\"></script>");
        return statusLink(page, context);
    }

    private static void field(PublicPage page, String id, String name, String label, String value) {
        page.raw("<label for=\"" + id + "\">")
                .say(label)
                .raw("</label><input id=\"" + id + "\" name=\"" + name
                        + "\" maxlength=\"100\" autocomplete=\"off\" value=\"" + html(value == null ? "" : value)
                        + "\">");
    }

    static PublicPage receipt(PublicPage page, String context, String code, boolean repeated) {
        page.raw("<h1 id=\"report-thanks\">").say("intake.public.thanks").raw("</h1>");
        if (repeated) {
            page.raw("<p class=\"message\" id=\"report-repeated\">")
                    .say("intake.public.repeated")
                    .raw("</p>");
        }
        return page.raw("<p>")
                .say("intake.public.receiptHelp")
                .raw("</p><p class=\"receipt\" id=\"report-receipt\">" + html(code) + "</p><p class=\"hint\">")
                .say("intake.public.receiptOnce")
                .raw("</p><p><a id=\"report-status-link\" href=\"" + html(context) + "/report/status\">")
                .say("intake.public.statusLink")
                .raw("</a></p>");
    }

    static PublicPage statusForm(PublicPage page, String context) {
        return page.raw("<h1>")
                .say("intake.public.statusTitle")
                .raw("</h1><form method=\"post\" action=\"" + html(context)
                        + "/report/status\"><label for=\"report-code\">")
                .say("intake.public.code")
                .raw("</label><input id=\"report-code\" name=\"code\" autocomplete=\"off\" spellcheck=\"false\""
                        + " maxlength=\"24\" required><button id=\"report-status-open\" type=\"submit\">")
                .say("intake.public.statusOpen")
                .raw("</button></form>");
    }

    /** The state and outcome of a receipt: the two lines it shows, nothing else. */
    static PublicPage status(PublicPage page, ReceiptStatus status, Function<String, String> labels) {
        page.raw("<h1>")
                .say("intake.public.statusTitle")
                .raw("</h1><dl id=\"report-status\"><dt>")
                .say("intake.public.state")
                .raw("</dt><dd id=\"report-state\">" + html(labels.apply(status.statusKey())) + "</dd><dt>")
                .say("intake.public.outcome")
                .raw("</dt><dd id=\"report-outcome\">");
        if (status.outcomeKey().isPresent()) {
            page.raw(html(labels.apply(status.outcomeKey().get())));
        } else {
            page.say("intake.public.noOutcome");
        }
        return page.raw("</dd></dl>");
    }

    static PublicPage message(PublicPage page, String key, Object... args) {
        return page.raw("<p class=\"message\" id=\"report-message\" data-key=\"" + html(key) + "\">")
                .say(key, args)
                .raw("</p>");
    }

    private static PublicPage statusLink(PublicPage page, String context) {
        return page.raw("<p><a id=\"report-status-link\" href=\"" + html(context) + "/report/status\">")
                .say("intake.public.statusLink")
                .raw("</a></p>");
    }
}
