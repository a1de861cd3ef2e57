package cn.zugong.core.unit;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A page of the unit list.
 *
 * @param search part of the name, or empty
 * @param sort one of {@link Sort}
 * @param ascending sort direction
 * @param offset first row
 * @param limit number of rows
 * @param only only these units (such as the over-staffed ones), or {@code null} for all
 */
public record UnitQuery(String search, Sort sort, boolean ascending, int offset, int limit, Collection<UUID> only) {

    public enum Sort {
        NAME("u.name"),
        TYPE("u.type"),
        PARENT("p.name"),
        PRINCIPAL_POSTS("u.principalPosts"),
        DEPUTY_POSTS("u.deputyPosts"),
        TENANT("u.tenantId");

        final String path;

        Sort(String path) {
            this.path = path;
        }
    }

    public UnitQuery(String search, Sort sort, boolean ascending, int offset, int limit) {
        this(search, sort, ascending, offset, limit, null);
    }

    public UnitQuery {
        only = only == null ? null : List.copyOf(only);
        search = search == null ? "" : search.strip();
        sort = sort == null ? Sort.NAME : sort;
        if (offset < 0 || limit < 0 || limit > 500) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }
}
