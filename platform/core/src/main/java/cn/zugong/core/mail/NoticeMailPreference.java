package cn.zugong.core.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.annotations.TenantId;

/**
 * One user's choice to receive their county's notices by e-mail, with the address, language and
 * roles of their token when they last chose or opened the notices page.
 */
@Entity
@Table(name = "notice_mail_preference")
public class NoticeMailPreference {

    static final int MAX_EMAIL = 320;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Id
    @Column(nullable = false, length = 100)
    private String username;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false, length = MAX_EMAIL)
    private String email;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false, length = 500)
    private String roles;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected NoticeMailPreference() {}

    NoticeMailPreference(String username) {
        this.username = username;
    }

    /** Takes the user's choice and what their token says now. */
    void update(boolean enabled, String email, Locale language, Set<String> roles, Instant at) {
        this.enabled = enabled;
        this.email = email;
        this.language = language.getLanguage();
        this.roles = String.join(",", new TreeSet<>(roles));
        this.updatedAt = at;
    }

    boolean enabled() {
        return enabled;
    }

    MailRecipient recipient() {
        return new MailRecipient(
                tenantId,
                username,
                email,
                Locale.forLanguageTag(language),
                roles.isEmpty() ? Set.of() : Arrays.stream(roles.split(",")).collect(Collectors.toSet()));
    }
}
