package cn.zugong.ui.report;

import cn.zugong.core.i18n.PortalMessages;
import cn.zugong.core.intake.application.PublicChannel;
import cn.zugong.core.intake.domain.ChannelLimits;
import cn.zugong.core.intake.domain.PowVerdict;
import cn.zugong.core.intake.domain.PublicCounty;
import cn.zugong.core.intake.domain.PublicReport;
import cn.zugong.core.intake.domain.ReceiptStatus;
import cn.zugong.core.intake.domain.SubmitAnswer;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.domain.PluginIntake;
import cn.zugong.ui.publicpage.ClientLimits;
import cn.zugong.ui.publicpage.PublicPage;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/**
 * The public reporting page ({@code /report/}, outside Keycloak, issue 20). No session and no
 * cookie. {@code GET /report/}: the counties that take reports; {@code GET /report/new?county=}: the
 * form, with a challenge the page's own script ({@code report.js}) solves before sending; {@code
 * POST /report/submit?c=&s=}: the report (multipart, with files), answered with a receipt code;
 * {@code GET/POST /report/status}: the outcome of a receipt code. Each address is limited ({@link
 * ClientLimits}): every request, and tightly its unknown receipt codes.
 */
@WebServlet(urlPatterns = "/report/*")
@MultipartConfig(
        maxFileSize = 8L * 1024 * 1024,
        maxRequestSize = ReportServlet.MAX_REQUEST_BYTES,
        fileSizeThreshold = 256 * 1024)
public class ReportServlet extends HttpServlet {

    /** The largest request the form may send: three files at their limit and the text. */
    static final long MAX_REQUEST_BYTES = 10L * 1024 * 1024;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TITLE = "intake.public.title";

    private final ClientLimits limits = new ClientLimits(
            Integer.getInteger("zugong.intake.address-rate", 600),
            Integer.getInteger("zugong.intake.address-failures", 30));

    @Inject
    PublicChannel channel;

    @Inject
    PluginHost host;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (path) {
            case "/report.css" -> resource(response, "report.css", "text/css;charset=UTF-8");
            case "/report.js" -> resource(response, "report.js", "text/javascript;charset=UTF-8");
            case "/", "/new", "/status" -> {
                if (!limits.admit(request)) {
                    refuse(request, response, 429, "intake.public.tooMany");
                } else if (path.equals("/")) {
                    ReportPages.counties(page(request), request.getContextPath(), channel.counties())
                            .write(response, 200, TITLE);
                } else if (path.equals("/new")) {
                    form(request, response, request.getParameter("county"), null, 200, null);
                } else {
                    ReportPages.statusForm(page(request), request.getContextPath())
                            .write(response, 200, TITLE);
                }
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        request.setCharacterEncoding("UTF-8");
        if (!limits.admit(request)) {
            refuse(request, response, 429, "intake.public.tooMany");
            return;
        }
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (path) {
            case "/submit" -> submit(request, response);
            case "/status" -> status(request, response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void submit(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String challenge = ReportRequests.query(request, "c").orElse(null);
        String solution = ReportRequests.query(request, "s").orElse(null);
        // The cheapest refusal first: one HMAC and one hash, before the body is read.
        PowVerdict verdict = channel.check(challenge, solution);
        if (verdict != PowVerdict.SOLVED) {
            refuse(request, response, 403, verdict.messageKey());
            return;
        }
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            refuse(request, response, 413, "intake.public.tooLarge");
            return;
        }
        PublicReport report;
        try {
            report = ReportRequests.report(
                    request, challenge, solution, channel.limits().attachmentBytes());
        } catch (IllegalStateException | IOException | ServletException e) {
            refuse(request, response, 413, "intake.public.tooLarge");
            return;
        }
        SubmitAnswer answer = channel.submit(report, request.getRemoteAddr());
        if (answer.accepted()) {
            ReportPages.receipt(
                            page(request),
                            request.getContextPath(),
                            answer.receipt().orElseThrow(),
                            answer.repeated())
                    .write(response, 200, TITLE);
        } else if (answer.status() == 400) {
            form(request, response, report.county(), report, 400, answer);
        } else {
            refuse(
                    request,
                    response,
                    answer.status(),
                    answer.refusal(),
                    answer.args().toArray());
        }
    }

    private void status(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ReceiptStatus> status = channel.status(request.getParameter("code"));
        if (status.isEmpty()) {
            limits.failed(request);
            PublicPage page = page(request);
            ReportPages.message(page, "intake.public.unknownCode");
            ReportPages.statusForm(page, request.getContextPath()).write(response, 404, TITLE);
            return;
        }
        ReportPages.status(page(request), status.get(), labels(request)).write(response, 200, TITLE);
    }

    /** The county's form, empty or refilled after a refusal (with that refusal's message). */
    private void form(
            HttpServletRequest request,
            HttpServletResponse response,
            String county,
            PublicReport typed,
            int statusCode,
            SubmitAnswer refusal)
            throws IOException {
        Optional<PluginIntake> form = channel.form(county);
        Optional<PublicCounty> shown = form.isEmpty()
                ? Optional.empty()
                : channel.counties().stream()
                        .filter(c -> c.code().equals(county))
                        .findFirst();
        if (shown.isEmpty()) {
            refuse(request, response, 404, "intake.public.county");
            return;
        }
        PublicPage page = page(request);
        if (refusal != null) {
            ReportPages.message(page, refusal.refusal(), refusal.args().toArray());
        }
        ChannelLimits l = channel.limits();
        String key = typed != null
                        && typed.submissionKey() != null
                        && typed.submissionKey().matches("[0-9a-f]{32}")
                ? typed.submissionKey()
                : newKey();
        FormState state = new FormState(
                channel.challenge(),
                channel.difficulty(),
                key,
                typed,
                l.textLength(),
                l.attachments(),
                l.attachmentBytes() / (1024 * 1024),
                l.perAddressPerDay());
        ReportPages.form(
                        page,
                        request.getContextPath(),
                        shown.get(),
                        form.get().intake().categories(),
                        channel.candidates(county),
                        labels(request),
                        state)
                .write(response, statusCode, TITLE);
    }

    private void refuse(
            HttpServletRequest request, HttpServletResponse response, int status, String key, Object... args)
            throws IOException {
        PublicPage page = page(request);
        ReportPages.message(page, key, args)
                .raw("<p><a id=\"report-start\" href=\"" + PublicPage.html(request.getContextPath()) + "/report/\">")
                .say("intake.public.again")
                .raw("</a></p>");
        if (status == 429) {
            response.setHeader("Retry-After", "60");
        }
        page.write(response, status, TITLE);
    }

    /** The plugins' texts (categories, states, outcomes) in the page's language. */
    private Function<String, String> labels(HttpServletRequest request) {
        PortalMessages messages = new PortalMessages(Optional.ofNullable(host));
        return key -> messages.translate(key, PublicPage.locale(request));
    }

    private static String newKey() {
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        return HexFormat.of().formatHex(key);
    }

    private static PublicPage page(HttpServletRequest request) {
        return PublicPage.of(request, request.getContextPath() + "/report/report.css");
    }

    private static void resource(HttpServletResponse response, String name, String type) throws IOException {
        response.setContentType(type);
        response.setHeader("Cache-Control", "no-cache");
        try (InputStream in = ReportServlet.class.getResourceAsStream(name)) {
            response.getWriter().write(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
