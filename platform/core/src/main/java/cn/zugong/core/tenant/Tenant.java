package cn.zugong.core.tenant;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An organization department that uses the portal, placed in the region tree (province, city,
 * county). {@code path} lists the codes from the root, such as {@code /510000/510100/510115/}, so
 * a supervisor's scope is a prefix query.
 *
 * <p>Life cycle: created {@link TenantStatus#ACTIVE}; the platform-sysadmin may suspend it (its
 * users are refused, its plugin jobs stop, its data is kept) and resume it. After an export it may
 * archive it (read-only for everyone); once archived for the waiting period, a platform-sysadmin
 * requests the purge and a different user, a platform-secadmin, approves it. The code never
 * changes: it is the tenant id in every row of the county's data.
 */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    @Column(length = 6)
    private String code;

    @Column(name = "parent_code", length = 6)
    private String parentCode;

    @Column(nullable = false, length = 64)
    private String path;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TenantStatus status = TenantStatus.ACTIVE;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "status_changed_by", length = 100)
    private String statusChangedBy;

    @Column(name = "onboarded_at")
    private Instant onboardedAt;

    @Column(name = "exported_at")
    private Instant exportedAt;

    @Column(name = "exported_by", length = 100)
    private String exportedBy;

    @Column(name = "export_sha256", length = 64)
    private String exportSha256;

    @Column(name = "purge_requested_at")
    private Instant purgeRequestedAt;

    @Column(name = "purge_requested_by", length = 100)
    private String purgeRequestedBy;

    protected Tenant() {}

    public Tenant(TenantId id, Tenant parent, String nameZh, String nameEn) {
        this.code = id.code();
        this.parentCode = parent == null ? null : parent.code;
        this.path = (parent == null ? "/" : parent.path) + id.code() + "/";
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public TenantId id() {
        return new TenantId(code);
    }

    public String path() {
        return path;
    }

    public String parentCode() {
        return parentCode;
    }

    public TenantStatus status() {
        return status;
    }

    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    /** Moves the tenant to a status, recording who did it and when. */
    public void changeStatus(TenantStatus next, String by, Instant at) {
        this.status = next;
        this.statusChangedBy = by;
        this.statusChangedAt = at;
    }

    /** Whether the platform made this node a tenant (group and first admin), not only a parent node. */
    public boolean onboarded() {
        return onboardedAt != null;
    }

    public void onboard(Instant at) {
        this.onboardedAt = at;
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    /** When its data was last exported, if ever. */
    public Optional<Instant> exportedAt() {
        return Optional.ofNullable(exportedAt);
    }

    /** The SHA-256 of the last export's archive, or null. */
    public String exportSha256() {
        return exportSha256;
    }

    public String exportedBy() {
        return exportedBy;
    }

    public Optional<String> purgeRequestedBy() {
        return Optional.ofNullable(purgeRequestedBy);
    }

    public Optional<Instant> purgeRequestedAt() {
        return Optional.ofNullable(purgeRequestedAt);
    }

    /** Whether a purge was requested and waits for another person's decision. */
    public boolean purgePending() {
        return status == TenantStatus.ARCHIVED && purgeRequestedBy != null;
    }

    public boolean archived() {
        return status == TenantStatus.ARCHIVED;
    }

    /** Records an export of the county's data: who made it, when, and the archive's hash. */
    public void exported(String by, Instant at, String sha256) {
        requireNot(TenantStatus.PURGED, "tenant.error.purged");
        this.exportedBy = by;
        this.exportedAt = at;
        this.exportSha256 = sha256;
    }

    /**
     * Makes the tenant read-only; only a suspended tenant exported since it was suspended, so that
     * the export holds its final data (nobody could write between the export and the archive).
     */
    public void archive(String by, Instant at) {
        requireNot(TenantStatus.PURGED, "tenant.error.purged");
        requireNot(TenantStatus.ARCHIVED, "tenant.error.archived");
        if (status != TenantStatus.SUSPENDED || exportedAt == null || exportedAt.isBefore(statusChangedAt)) {
            throw refusal("tenant.error.exportFirst");
        }
        changeStatus(TenantStatus.ARCHIVED, by, at);
    }

    /**
     * A platform-sysadmin asks for the purge: only of an archived tenant, archived at least {@code
     * wait} ago.
     */
    public void requestPurge(String by, Instant at, Duration wait) {
        if (status != TenantStatus.ARCHIVED) {
            throw refusal("tenant.error.archiveFirst");
        }
        if (at.isBefore(statusChangedAt.plus(wait))) {
            throw refusal("tenant.error.purgeWait", wait.toDays());
        }
        this.purgeRequestedBy = by;
        this.purgeRequestedAt = at;
    }

    /** Another person approves the requested purge; the tenant is then PURGED. */
    public void approvePurge(String by, Instant at) {
        if (status != TenantStatus.ARCHIVED || purgeRequestedBy == null) {
            throw refusal("tenant.error.purgeNotRequested");
        }
        if (purgeRequestedBy.equals(by)) {
            throw refusal("tenant.error.purgeSamePerson");
        }
        changeStatus(TenantStatus.PURGED, by, at);
    }

    /**
     * Another person refuses the requested purge: the request is dropped, the tenant stays archived
     * and a new request may follow.
     */
    public void refusePurge(String by) {
        if (!purgePending()) {
            throw refusal("tenant.error.purgeNotRequested");
        }
        if (purgeRequestedBy.equals(by)) {
            throw refusal("tenant.error.purgeSamePerson");
        }
        this.purgeRequestedBy = null;
        this.purgeRequestedAt = null;
    }

    private void requireNot(TenantStatus forbidden, String key) {
        if (status == forbidden) {
            throw refusal(key);
        }
    }

    private static ValidationException refusal(String key, Object... args) {
        return new ValidationException(List.of(new Problem("status", key, List.of(args))));
    }
}
