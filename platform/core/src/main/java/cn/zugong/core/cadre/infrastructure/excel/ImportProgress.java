package cn.zugong.core.cadre.infrastructure.excel;

/**
 * Receives the progress of an import, from the importing thread: rows done out of {@code total}
 * in each phase, every hundred rows and at the end of the phase. During {@link Phase#CHECK} the
 * total is -1 (unknown: the file is streamed) until the last update; during {@link Phase#SAVE} it
 * is exact.
 */
@FunctionalInterface
public interface ImportProgress {

    /** The two passes over the file. */
    enum Phase {
        CHECK,
        SAVE
    }

    ImportProgress NONE = (phase, done, total) -> {};

    void update(Phase phase, long done, long total);
}
