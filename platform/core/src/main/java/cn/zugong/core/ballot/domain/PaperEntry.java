package cn.zugong.core.ballot.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One typing of a session's paper tally: entry 1 by a clerk, entry 2 by a second, different
 * officer. The paper ballots count only when both entries are the same ({@link
 * PaperCounts#differences}); until then both are kept and shown with their differences.
 */
@Entity
@Table(name = "ballot_paper_entry")
@IdClass(SessionPart.class)
public class PaperEntry {

    @Id
    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID sessionId;

    @Id
    @Column(name = "entry", nullable = false, updatable = false)
    private int number;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "clerk", nullable = false, length = 100)
    private String clerk;

    @Column(name = "cast_count", nullable = false)
    private int cast;

    @Column(name = "invalid", nullable = false)
    private int invalid;

    @Column(name = "blank", nullable = false)
    private int blank;

    @Column(name = "counts", nullable = false, length = 4000)
    private String counts;

    protected PaperEntry() {}

    public PaperEntry(UUID sessionId, int entry, String clerk, PaperCounts tally) {
        this.sessionId = sessionId;
        this.number = entry;
        replace(clerk, tally);
    }

    /** A clerk types the entry again (after a difference was found). */
    public void replace(String clerk, PaperCounts tally) {
        this.clerk = clerk;
        this.cast = tally.cast();
        this.invalid = tally.invalid();
        this.blank = tally.blank();
        this.counts = tally.encodeCounts();
    }

    public int getEntry() {
        return number;
    }

    public String getClerk() {
        return clerk;
    }

    public PaperCounts tally() {
        return new PaperCounts(cast, invalid, blank, PaperCounts.decodeCounts(counts));
    }
}
