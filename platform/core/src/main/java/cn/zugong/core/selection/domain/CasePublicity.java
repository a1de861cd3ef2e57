package cn.zugong.core.selection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * The pre-appointment publicity of a case (V-S4: at least five working days), or the ground and
 * explanation it went without one on (DOMAIN 4.1). Either it ran or it was skipped, never both.
 */
@Embeddable
public class CasePublicity {

    @Column(name = "publicity_from")
    private LocalDate publicityFrom;

    @Column(name = "publicity_to")
    private LocalDate publicityTo;

    @Column(name = "publicity_skipped")
    private String publicitySkipped;

    @Enumerated(EnumType.STRING)
    @Column(name = "publicity_skip_ground")
    private PublicitySkipGround publicitySkipGround;

    public LocalDate getPublicityFrom() {
        return publicityFrom;
    }

    public void setPublicityFrom(LocalDate publicityFrom) {
        this.publicityFrom = publicityFrom;
    }

    public LocalDate getPublicityTo() {
        return publicityTo;
    }

    public void setPublicityTo(LocalDate publicityTo) {
        this.publicityTo = publicityTo;
    }

    public String getPublicitySkipped() {
        return publicitySkipped;
    }

    public void setPublicitySkipped(String publicitySkipped) {
        this.publicitySkipped = publicitySkipped;
    }

    /** The ground the publicity was skipped on; null when not skipped, or skipped before grounds were recorded. */
    public PublicitySkipGround getPublicitySkipGround() {
        return publicitySkipGround;
    }

    public void setPublicitySkipGround(PublicitySkipGround publicitySkipGround) {
        this.publicitySkipGround = publicitySkipGround;
    }
}
