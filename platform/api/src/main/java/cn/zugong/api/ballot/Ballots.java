package cn.zugong.api.ballot;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Ballot sessions of the plugin's own, in the request's county: the platform prints the codes,
 * serves the anonymous ballot page, counts and keeps the ballots; the plugin opens a session,
 * starts and closes it and reads its result. A plugin sees only the sessions it opened. Every call
 * needs a county writer (officer or tenant-admin) and is recorded in the county's audit trail; no
 * ballot is ever linked to the code that cast it.
 * {@snippet class=cn.zugong.api.snippets.BallotsSnippets region=ballot :
 * // a reserve nomination by recommendation
 * Ballots ballots = context.ballots();
 * UUID session = ballots.open(new BallotRequest(BallotKind.RECOMMENDATION, "reserve-2027", "2027 reserve nomination",
 *         names, 45, 3, opensAt, closesAt));
 * List<String> codes = ballots.issueCodes(session); // print and hand out: they exist only here
 * ballots.start(session);
 * // ... after the meeting
 * ballots.close(session);
 * BallotOutcome outcome = ballots.result(session).orElseThrow();
 * }
 *
 * @since 1.3.0
 */
public interface Ballots {

    /**
     * Opens a draft session in the request's county.
     *
     * @return the session's id
     * @throws IllegalArgumentException when the request is not a valid session (its message names
     *     the problems' message keys)
     */
    UUID open(BallotRequest request);

    /**
     * Issues one code per expected participant, replacing any issued before; only while the
     * session is a draft. The codes are returned once and stored only as keyed hashes.
     */
    List<String> issueCodes(UUID session);

    /**
     * Issues the codes ({@link #issueCodes}) and prints them on the platform's code sheet (PDF, twelve
     * to an A4 page, to cut and hand out), each with a QR code of {@code ballotPageUrl} (the public
     * ballot page's absolute address, e.g. {@code https://zugong.example/ballot/}) and the code.
     */
    byte[] codeSheet(UUID session, String ballotPageUrl, Locale locale);

    /** Lets participants vote. */
    void start(UUID session);

    /** Ends the voting. */
    void close(UUID session);

    /** The result once the session is closed; empty before, or while paper entries disagree. */
    Optional<BallotOutcome> result(UUID session);

    /** The plugin's sessions opened for a purpose, newest first. */
    List<UUID> sessions(String purpose);
}
