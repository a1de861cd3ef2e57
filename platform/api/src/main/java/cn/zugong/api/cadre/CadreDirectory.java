package cn.zugong.api.cadre;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The cadre registry as a plugin may read it: the cadres of the tenants the current request may
 * read, nothing else. Only for plugins that declare {@code cadres.read} in {@code
 * Plugin-Data-Access}; the county's administrator sees that declaration before the plugin is
 * installed.
 *
 * {@snippet class=cn.zugong.api.snippets.CadreSnippets region=by-identity-number :
 * Optional<CadreRef> cadre = context.cadres().byIdentityNumber(row.get(identityColumn));
 * }
 *
 * <p>A page lists the cadres a page at a time, as the portal's cadre list does:
 *
 * {@snippet class=cn.zugong.api.snippets.CadreSnippets region=page :
 * CadreFilter filter = CadreFilter.ACTIVE.withSearch(search.getValue());
 * grid.setItems(query -> context.cadres()
 *         .page(filter, CadreSort.NAME, true, query.getOffset(), query.getLimit()).stream(),
 *         query -> context.cadres().count(filter));
 * }
 */
public interface CadreDirectory {

    /** One cadre by id; empty when it does not exist or is not readable here. */
    Optional<CadreRef> find(UUID id);

    /** One cadre by citizen identity number (18 characters, case of the check digit ignored). */
    Optional<CadreRef> byIdentityNumber(String identityNumber);

    /**
     * The cadres in office of the readable tenants, ordered by name: all of them at once, so for
     * small counts only; a page lists them with {@link #page}.
     */
    List<CadreRef> active();

    /**
     * One page of the readable cadres that pass the filter, in the given order.
     *
     * @param offset the first row, from 0
     * @param limit at most this many rows, up to 500
     * @throws IllegalArgumentException for an unknown level or status code, or a window out of range
     * @since 1.2.0
     */
    default List<CadreRef> page(CadreFilter filter, CadreSort sort, boolean ascending, int offset, int limit) {
        throw new UnsupportedOperationException("CadreDirectory.page needs a platform with SDK 1.2.0");
    }

    /**
     * How many readable cadres pass the filter.
     *
     * @since 1.2.0
     */
    default int count(CadreFilter filter) {
        throw new UnsupportedOperationException("CadreDirectory.count needs a platform with SDK 1.2.0");
    }
}
