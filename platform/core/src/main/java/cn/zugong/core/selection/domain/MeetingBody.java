package cn.zugong.core.selection.domain;

/** The body that decides (label key {@code selection.body.<NAME>}). */
public enum MeetingBody {
    /** The party committee's standing committee (changweihui). */
    STANDING_COMMITTEE,
    /** A party group (dangzu). */
    PARTY_GROUP,
    /** The full committee (quanweihui), by secret ballot for county principals. */
    PLENARY
}
