package cn.zugong.ui.ballot;

import cn.zugong.core.ballot.application.BallotBox;
import cn.zugong.core.ballot.application.BallotPaper;
import cn.zugong.core.ballot.application.BoothAnswer;
import cn.zugong.core.ballot.domain.Grade;
import cn.zugong.core.ballot.domain.Marks;
import cn.zugong.ui.publicpage.ClientLimits;
import cn.zugong.ui.publicpage.PublicPage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The public ballot page ({@code /ballot/}, outside Keycloak): a participant types the code from
 * the sheet (or scans its QR code, which opens {@code /ballot/?c=<code>}), sees the names on the
 * ballot and votes once. Plain HTML forms, no script, no session and no cookie: the code alone
 * opens the ballot, and nothing of the case or the cadres is shown beyond the names. Each address
 * is limited ({@link ClientLimits}): every request, and tightly its failed codes.
 */
@WebServlet(urlPatterns = "/ballot/*")
public class BallotServlet extends HttpServlet {

    private static final Map<String, Integer> STATUS = Map.of(
            "ballot.public.unknown", HttpServletResponse.SC_NOT_FOUND,
            "ballot.public.used", HttpServletResponse.SC_CONFLICT,
            "ballot.public.closed", HttpServletResponse.SC_GONE,
            "ballot.public.badMarks", HttpServletResponse.SC_BAD_REQUEST,
            "ballot.public.busy", 429,
            "ballot.public.tooMany", 429);

    private final ClientLimits limits = new ClientLimits(
            Integer.getInteger("zugong.ballot.address-rate", 1200),
            Integer.getInteger("zugong.ballot.address-failures", 30));

    @Inject
    BallotBox box;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (path.equals("/ballot.css")) {
            stylesheet(response);
            return;
        }
        if (!path.equals("/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!limits.admit(request)) {
            refuse(request, response, "ballot.public.tooMany");
            return;
        }
        String code = request.getParameter("c");
        if (code == null) {
            BallotPages.codeForm(page(request), request.getContextPath(), null)
                    .write(response, 200, "ballot.public.title");
        } else {
            open(request, response, code);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        if (!limits.admit(request)) {
            refuse(request, response, "ballot.public.tooMany");
            return;
        }
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String code = request.getParameter("code");
        switch (path) {
            case "/open" -> open(request, response, code);
            case "/cast" -> cast(request, response, code);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void open(HttpServletRequest request, HttpServletResponse response, String code) throws IOException {
        BoothAnswer answer = box.open(code);
        if (answer.refused()) {
            refuse(request, response, answer.refusal().orElseThrow());
            return;
        }
        BallotPaper paper = answer.paper().orElseThrow();
        BallotPages.ballot(page(request), request.getContextPath(), code.strip(), paper)
                .write(response, 200, "ballot.public.title");
    }

    private void cast(HttpServletRequest request, HttpServletResponse response, String code) throws IOException {
        Marks marks;
        try {
            marks = marks(request);
        } catch (IllegalArgumentException e) {
            refuse(request, response, "ballot.public.badMarks");
            return;
        }
        BoothAnswer answer = box.cast(code, marks);
        if (answer.refused()) {
            refuse(request, response, answer.refusal().orElseThrow());
            return;
        }
        page(request)
                .raw("<h1 id=\"ballot-thanks\">")
                .say("ballot.public.thanks")
                .raw("</h1><p>")
                .say("ballot.public.thanksHelp")
                .raw("</p>")
                .write(response, 200, "ballot.public.title");
    }

    /** The marks of the form: {@code n} once per chosen name, or {@code g<place>} with a grade. */
    static Marks marks(HttpServletRequest request) {
        String[] chosen = request.getParameterValues("n");
        Map<Integer, Grade> grades = new HashMap<>();
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            if (p.getKey().matches("g\\d{1,3}") && p.getValue().length == 1) {
                grades.put(Integer.parseInt(p.getKey().substring(1)), Grade.valueOf(p.getValue()[0]));
            }
        }
        if (chosen != null && chosen.length > 0) {
            if (!grades.isEmpty() || chosen.length > 100) {
                throw new IllegalArgumentException("mixed marks");
            }
            Set<Integer> places = new HashSet<>();
            for (String place : chosen) {
                places.add(Integer.parseInt(place));
            }
            return Marks.choose(places);
        }
        return grades.isEmpty() ? Marks.choose(Set.of()) : Marks.grade(grades);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String key) throws IOException {
        if (!key.equals("ballot.public.tooMany") && !key.equals("ballot.public.busy")) {
            limits.failed(request);
        }
        PublicPage page = page(request);
        page.raw("<p class=\"message\" id=\"ballot-message\" data-key=\"" + PublicPage.html(key) + "\">")
                .say(key)
                .raw("</p>");
        if (!key.equals("ballot.public.used") && !key.equals("ballot.public.closed")) {
            BallotPages.codeForm(page, request.getContextPath(), null);
        }
        int status = STATUS.getOrDefault(key, HttpServletResponse.SC_BAD_REQUEST);
        if (status == 429) {
            response.setHeader("Retry-After", "60");
        }
        page.write(response, status, "ballot.public.title");
    }

    private static PublicPage page(HttpServletRequest request) {
        return PublicPage.of(request, request.getContextPath() + "/ballot/ballot.css");
    }

    private static void stylesheet(HttpServletResponse response) throws IOException {
        response.setContentType("text/css;charset=UTF-8");
        try (InputStream css = BallotServlet.class.getResourceAsStream("ballot.css")) {
            response.getWriter().write(new String(css.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
