package cn.zugong.core.selection.record;

import java.time.Instant;

/**
 * One line of a cadre's accountability trace: an event of a case's whole-process record in words,
 * with the link of the county's audit chain that holds it, so that a reader can find the row in
 * the trail and check it against the chain.
 *
 * @param chain the tenant whose audit chain holds the event
 * @param seq the event's position in that chain
 * @param hash the link's hash (hex)
 * @param actor who acted, by display name as the journal recorded it
 * @param action the action in words
 * @param details the event's details in words, cadres by name
 */
public record TraceLine(String chain, long seq, String hash, Instant at, String actor, String action, String details) {

    /** The first twelve hex digits of the hash, as the printed records show it. */
    public String shortHash() {
        return hash == null ? "" : hash.substring(0, Math.min(12, hash.length()));
    }
}
