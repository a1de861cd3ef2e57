package cn.zugong.plugin.rotation.term;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One term (届) of a cadre in a post (DOMAIN §2.4 {@code TermRecord}): derived from the holdings,
 * or entered by an officer where the registry's history is incomplete ({@code corrected}).
 *
 * @param cadreId the cadre
 * @param postKey the post ({@link cn.zugong.plugin.rotation.career.PostKey})
 * @param unitName the unit as recorded
 * @param title the post's title
 * @param number the term's number in an uninterrupted tenure of the post, from 1
 * @param start the term's first day
 * @param end its last day; empty while it runs
 * @param earlyExit why it ended before its full length, when it did
 * @param corrected whether an officer entered it
 */
public record TermRecord(
        UUID cadreId,
        String postKey,
        String unitName,
        String title,
        int number,
        LocalDate start,
        Optional<LocalDate> end,
        Optional<EarlyExit> earlyExit,
        boolean corrected) {

    public TermRecord {
        Objects.requireNonNull(cadreId, "cadreId");
        Objects.requireNonNull(postKey, "postKey");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(earlyExit, "earlyExit");
        if (number < 1) {
            throw new IllegalArgumentException("term number " + number);
        }
    }
}
