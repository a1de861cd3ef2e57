package cn.zugong.ui.ballot;

import static cn.zugong.ui.publicpage.PublicPage.html;

import cn.zugong.core.ballot.application.BallotPaper;
import cn.zugong.core.ballot.domain.BallotKind;
import cn.zugong.core.ballot.domain.Grade;
import cn.zugong.ui.publicpage.PublicPage;

/** The ballot page's two forms: the code, and the ballot a code opened. */
final class BallotPages {

    private BallotPages() {}

    static PublicPage codeForm(PublicPage page, String context, String typed) {
        return page.raw("<h1>")
                .say("ballot.public.title")
                .raw("</h1><form method=\"post\" action=\"" + html(context) + "/ballot/open\">"
                        + "<label for=\"ballot-code\">")
                .say("ballot.public.code")
                .raw(
                        "</label><input id=\"ballot-code\" name=\"code\" autocomplete=\"off\" autocapitalize=\"characters\""
                                + " spellcheck=\"false\" maxlength=\"20\" required value=\""
                                + html(typed == null ? "" : typed)
                                + "\"><button id=\"ballot-open\" type=\"submit\">")
                .say("ballot.public.open")
                .raw("</button></form><p class=\"hint\">")
                .say("ballot.public.codeHelp")
                .raw("</p>");
    }

    static PublicPage ballot(PublicPage page, String context, String code, BallotPaper paper) {
        page.raw("<h1 id=\"ballot-title\">" + html(paper.title()) + "</h1><p class=\"hint\">");
        if (paper.kind() == BallotKind.RECOMMENDATION) {
            page.say("ballot.public.chooseHelp", paper.maxMarks());
        } else {
            page.say("ballot.public.gradeHelp");
        }
        page.raw("</p><form method=\"post\" action=\"" + html(context) + "/ballot/cast\">"
                + "<input type=\"hidden\" name=\"code\" value=\"" + html(code) + "\">");
        for (int place = 0; place < paper.names().size(); place++) {
            String name = html(paper.names().get(place));
            if (paper.kind() == BallotKind.RECOMMENDATION) {
                page.raw("<label class=\"choice\"><input type=\"checkbox\" id=\"nominee-" + place
                        + "\" name=\"n\" value=\"" + place + "\"> " + name + "</label>");
            } else {
                page.raw("<fieldset><legend>" + name + "</legend>");
                for (Grade grade : Grade.values()) {
                    page.raw("<label class=\"choice\"><input type=\"radio\" id=\"grade-" + place + "-" + grade.name()
                                    + "\" name=\"g" + place + "\" value=\"" + grade.name() + "\"> ")
                            .say("ballot.grade." + grade.name())
                            .raw("</label>");
                }
                page.raw("</fieldset>");
            }
        }
        return page.raw("<button id=\"ballot-cast\" type=\"submit\">")
                .say("ballot.public.cast")
                .raw("</button></form><p class=\"hint\">")
                .say("ballot.public.once")
                .raw("</p>");
    }
}
