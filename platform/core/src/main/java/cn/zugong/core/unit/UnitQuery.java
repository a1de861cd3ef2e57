package cn.zugong.core.unit;

/**
 * A page of the unit list.
 *
 * @param search part of the name, or empty
 * @param sort one of {@link Sort}
 * @param ascending sort direction
 * @param offset first row
 * @param limit number of rows
 */
public record UnitQuery(String search, Sort sort, boolean ascending, int offset, int limit) {

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

    public UnitQuery {
        search = search == null ? "" : search.strip();
        sort = sort == null ? Sort.NAME : sort;
        if (offset < 0 || limit < 0 || limit > 500) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }
}
