package cn.zugong.core.admin;

import java.time.Duration;

/**
 * How long a tenant stays archived before its purge may be requested: the system property {@code
 * zugong.tenant.purge-wait-days}, 30 days when unset or not a whole number of days at least 0.
 */
final class PurgeWait {

    static final String PROPERTY = "zugong.tenant.purge-wait-days";
    static final int DEFAULT_DAYS = 30;

    private PurgeWait() {}

    static Duration get() {
        return Duration.ofDays(days(System.getProperty(PROPERTY)));
    }

    static int days(String value) {
        try {
            int days = Integer.parseInt(value == null ? "" : value.strip());
            return days < 0 ? DEFAULT_DAYS : days;
        } catch (NumberFormatException e) {
            return DEFAULT_DAYS;
        }
    }
}
