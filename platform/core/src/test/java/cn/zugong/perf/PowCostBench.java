package cn.zugong.perf;

import cn.zugong.core.intake.domain.Hmac;
import cn.zugong.core.intake.domain.PowVerdict;
import cn.zugong.core.intake.domain.ProofOfWork;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a flood of unsolved challenges costs the public reporting page against what it costs the
 * sender (issue 20): the server's check of a submission's proof of work (one HMAC, one SHA-256,
 * the real {@link ProofOfWork#check}) timed over many unsolved and forged submissions, and the
 * sender's work to solve one challenge at the page's difficulty ({@link ProofOfWork#solve}, Java on
 * this machine: a browser is slower). Run by hand:
 * {@code java -cp $CP cn.zugong.perf.PowCostBench [bits] [solves]} (default 18 and 20).
 */
public final class PowCostBench {

    private PowCostBench() {}

    public static void main(String[] args) {
        int bits = args.length > 0 ? Integer.parseInt(args[0]) : 18;
        int solves = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        ProofOfWork pow = new ProofOfWork(
                new Hmac("benchmark key of thirty-two byte".getBytes(StandardCharsets.UTF_8)),
                bits,
                Duration.ofMinutes(30),
                Clock.systemUTC());
        String challenge = pow.issue();
        String forged = challenge.substring(0, challenge.length() - 1) + (challenge.endsWith("0") ? "1" : "0");
        int checks = 200_000;
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < checks; i++) {
                PowVerdict v = pow.check(i % 2 == 0 ? challenge : forged, Integer.toString(i));
                sink += v.ordinal();
            }
            double micros = (System.nanoTime() - t0) / 1e3 / checks;
            System.out.printf(
                    Locale.ROOT, "POW BENCH server check (unsolved/forged) round %d: %.2f us each%n", round, micros);
        }
        long[] times = new long[solves];
        for (int i = 0; i < solves; i++) {
            String c = pow.issue();
            long t0 = System.nanoTime();
            String solution = ProofOfWork.solve(c);
            times[i] = System.nanoTime() - t0;
            sink += solution.length();
        }
        Arrays.sort(times);
        double mean = Arrays.stream(times).average().orElse(0) / 1e6;
        System.out.printf(
                Locale.ROOT,
                "POW BENCH sender solve at %d bits: n=%d mean=%.1fms median=%.1fms max=%.1fms (sink %d)%n",
                bits,
                solves,
                mean,
                times[solves / 2] / 1e6,
                times[solves - 1] / 1e6,
                sink);
    }
}
