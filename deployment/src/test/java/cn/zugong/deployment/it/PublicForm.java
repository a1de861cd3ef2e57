package cn.zugong.deployment.it;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public reporting page driven over HTTP from a chosen loopback address, as a script would:
 * open a county's form, solve its challenge the way the page's script does, send the form. For
 * PublicReportIT's limits and for PublicReportLoadBench.
 */
final class PublicForm {

    /** The portal by address, so that the client's own loopback address is the one the portal sees. */
    static final String BASE = "http://127.0.0.1:" + (8080 + FullStack.PORT_OFFSET) + "/";

    private static final Pattern CHALLENGE = Pattern.compile("data-challenge=\"([^\"]+)\"");
    private static final Pattern BITS = Pattern.compile("data-bits=\"(\\d+)\"");
    private static final Pattern KEY = Pattern.compile("name=\"key\" value=\"([0-9a-f]{32})\"");

    final HttpClient http;

    /** A client whose requests come from {@code address} (a 127.x.y.z of the loopback). */
    PublicForm(String address) throws Exception {
        this.http = HttpClient.newBuilder()
                .localAddress(InetAddress.getByName(address))
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** A county's form as the page serves it: challenge, difficulty, submission key. */
    record Form(String challenge, int bits, String key) {}

    Form open(String county) throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(BASE + "report/new?county=" + county))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("form " + page.statusCode() + ": " + page.body());
        }
        return new Form(
                find(CHALLENGE, page.body()).replace("&amp;", "&"),
                Integer.parseInt(find(BITS, page.body())),
                find(KEY, page.body()));
    }

    /** Sends a form with the fields given (county, category, text …) and a solution. */
    HttpResponse<String> send(Form form, String solution, Map<String, String> fields) throws Exception {
        String boundary = "----zugong" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                            + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"key\"\r\n\r\n" + form.key()
                        + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(BASE + "report/submit?c="
                                + URLEncoder.encode(form.challenge(), StandardCharsets.UTF_8) + "&s=" + solution))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept-Language", "zh-CN")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The number the page's script would find: SHA-256 of {@code <challenge>:<n>} with enough zero bits. */
    static String solve(String challenge, int bits) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (long n = 0; ; n++) {
            byte[] hash = sha.digest((challenge + ":" + n).getBytes(StandardCharsets.US_ASCII));
            if (zeros(hash) >= bits) {
                return Long.toString(n);
            }
        }
    }

    static int zeros(byte[] hash) {
        int zeros = 0;
        for (byte b : hash) {
            if (b != 0) {
                return zeros + Integer.numberOfLeadingZeros(b & 0xff) - 24;
            }
            zeros += 8;
        }
        return zeros;
    }

    /** The receipt code a page shows, or null. */
    static String receipt(String page) {
        Matcher m = Pattern.compile("id=\"report-receipt\">([0-9A-Z-]+)<").matcher(page);
        return m.find() ? m.group(1) : null;
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not on the page: " + pattern);
        }
        return m.group(1);
    }
}
