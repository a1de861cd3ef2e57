package cn.zugong.core.cadre.domain;

/** A page of the cadre list: filters, sort and window. */
public record CadreQuery(CadreFilter filter, Sort sort, boolean ascending, int offset, int limit) {

    public enum Sort {
        NAME("c.nameSort"),
        BIRTH("c.birthDate"),
        UNIT("u.name"),
        POST_LEVEL("c.postLevel"),
        CIVIL_RANK("c.civilRank"),
        STATUS("c.status"),
        TENANT("c.tenantId");

        public final String path;

        Sort(String path) {
            this.path = path;
        }
    }

    public CadreQuery {
        filter = filter == null ? CadreFilter.NONE : filter;
        sort = sort == null ? Sort.NAME : sort;
        if (offset < 0 || limit < 0 || limit > 500) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }
}
