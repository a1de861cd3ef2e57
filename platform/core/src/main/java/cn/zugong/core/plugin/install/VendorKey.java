package cn.zugong.core.plugin.install;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A vendor's certificate: plugin jars signed with its key may be installed. */
@Entity
@Table(name = "plugin_vendor_key")
public class VendorKey {

    @Id
    @Column(length = 64)
    private String fingerprint;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(nullable = false, columnDefinition = "text")
    private String certificate;

    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected VendorKey() {}

    VendorKey(String fingerprint, String subject, String certificate, String addedBy, Instant addedAt) {
        this.fingerprint = fingerprint;
        this.subject = subject;
        this.certificate = certificate;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String subject() {
        return subject;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
