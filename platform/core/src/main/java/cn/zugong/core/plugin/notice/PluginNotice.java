package cn.zugong.core.plugin.notice;

import cn.zugong.api.notice.Notice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A plugin's notice in a county. One per plugin and key: posting the key again replaces the
 * audience and the text; a changed text is posted anew (its time is the new post's).
 */
@Entity
@Table(name = "plugin_notice")
public class PluginNotice {

    static final int MAX_KEY = 200;
    static final int MAX_ROUTE = 500;
    static final int MAX_PERMISSION = 100;
    static final int MAX_ROLES = 500;

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "plugin_id", nullable = false, length = 64, updatable = false)
    private String pluginId;

    @Column(name = "notice_key", nullable = false, length = MAX_KEY, updatable = false)
    private String key;

    @Column(nullable = false, length = MAX_PERMISSION)
    private String permission;

    @Column(name = "default_roles", nullable = false, length = MAX_ROLES)
    private String defaultRoles;

    @Column(name = "message_key", nullable = false, length = MAX_KEY)
    private String messageKey;

    @Column(nullable = false)
    private String args;

    @Column(length = MAX_ROUTE)
    private String route;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected PluginNotice() {}

    PluginNotice(String pluginId, Notice notice, Instant at) {
        this.id = UUID.randomUUID();
        this.pluginId = pluginId;
        this.key = notice.key();
        replace(notice, at);
    }

    /**
     * Takes the notice's audience and text.
     *
     * @return whether the text (message key, arguments or route) changed
     */
    boolean replace(Notice notice, Instant at) {
        String newArgs = NoticeArgs.encode(notice.args());
        boolean changed = !Objects.equals(messageKey, notice.messageKey())
                || !Objects.equals(args, newArgs)
                || !Objects.equals(route, notice.route());
        permission = notice.audience().id();
        defaultRoles = roles(notice.audience().defaultRoles());
        messageKey = notice.messageKey();
        args = newArgs;
        route = notice.route();
        if (changed) {
            postedAt = at;
        }
        return changed;
    }

    /** Default roles as stored: sorted, comma-separated (realm role names have no commas). */
    static String roles(Set<String> roles) {
        return String.join(",", new TreeSet<>(roles));
    }

    public UUID id() {
        return id;
    }

    public String pluginId() {
        return pluginId;
    }

    public String key() {
        return key;
    }

    public String permission() {
        return permission;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> args() {
        return NoticeArgs.decode(args);
    }

    public String route() {
        return route;
    }

    public Instant postedAt() {
        return postedAt;
    }
}
