package cn.zugong.deployment.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/** The IT server's management interface: health and metrics, as an operator's probes read them. */
final class Management {

    static final String BASE = "http://localhost:" + (9990 + FullStack.PORT_OFFSET) + "/";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Management() {}

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(BASE + path))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Asks again (every 250 ms) until the answer fits, or fails after {@code within}. */
    static HttpResponse<String> until(String path, Predicate<HttpResponse<String>> fits, Duration within)
            throws Exception {
        Instant deadline = Instant.now().plus(within);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = get(path);
                if (fits.test(last)) {
                    return last;
                }
            } catch (java.io.IOException notAnswering) {
                // asked again below
            }
            Thread.sleep(250); // the pause between two probes, as an orchestrator's
        }
        throw new AssertionError(path + " did not answer as expected within " + within + "; last: "
                + (last == null ? "no answer" : last.statusCode() + " " + last.body()));
    }
}
