package cn.zugong.api.tenant;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tenant: an organization department, identified by the 6-digit administrative division code
 * (xingzheng quhua daima) of its region, for example {@code 510115} for Wenjiang district, Chengdu.
 *
 * @param code six digits
 */
public record TenantId(String code) implements Comparable<TenantId> {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    public TenantId {
        Objects.requireNonNull(code, "code");
        if (!SIX_DIGITS.matcher(code).matches()) {
            throw new IllegalArgumentException("A tenant code has six digits: " + code);
        }
    }

    /**
     * The tenant of a node of the region tree given by its short code, as Keycloak group paths
     * carry it: {@code 51} is the province 510000, {@code 5101} the city 510100, {@code 510115}
     * the county itself.
     */
    public static TenantId ofRegionNode(String shortCode) {
        if (shortCode == null || shortCode.isEmpty() || shortCode.length() > 6 || shortCode.length() % 2 != 0) {
            throw new IllegalArgumentException("Not a region node: " + shortCode);
        }
        return new TenantId((shortCode + "0000").substring(0, 6));
    }

    @Override
    public int compareTo(TenantId other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
