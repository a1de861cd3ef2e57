package cn.zugong.core.plugin.install;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One platform-wide setting. */
@Entity
@Table(name = "platform_setting")
public class PlatformSetting {

    @Id
    @Column(name = "setting_key", length = 100)
    private String key;

    @Column(name = "setting_value", nullable = false, length = 1000)
    private String value;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected PlatformSetting() {}

    PlatformSetting(String key) {
        this.key = key;
    }

    String value() {
        return value;
    }

    void change(String value, String by, Instant at) {
        this.value = value;
        this.changedBy = by;
        this.changedAt = at;
    }
}
