package cn.zugong.core.post;

/**
 * A page of the quota list.
 *
 * @param filter which units
 * @param sort one of {@link Sort}
 * @param ascending sort direction
 * @param offset first row
 * @param limit number of rows, at most 500
 */
public record QuotaQuery(QuotaFilter filter, Sort sort, boolean ascending, int offset, int limit) {

    /** Sortable columns, with the JPQL expression they sort by. */
    public enum Sort {
        NAME("u.name"),
        TYPE("u.type"),
        RANK("u.rank"),
        PRINCIPAL_APPROVED("u.principalPosts"),
        PRINCIPAL_OCCUPIED(Occupancy.PRINCIPAL),
        DEPUTY_APPROVED("u.deputyPosts"),
        DEPUTY_OCCUPIED(Occupancy.DEPUTY),
        TENANT("u.tenantId");

        final String path;

        Sort(String path) {
            this.path = path;
        }
    }

    public QuotaQuery {
        filter = filter == null ? QuotaFilter.ALL : filter;
        sort = sort == null ? Sort.NAME : sort;
        if (offset < 0 || limit < 0 || limit > 500) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }
}
