package cn.zugong.core.cadre.application;

import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.CadreHit;
import cn.zugong.core.cadre.infrastructure.CadreWhere;
import cn.zugong.core.db.Like;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.tenant.ReportsConnectionProvider;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * The supervisors' search across every county they read: by name (characters, full pinyin or
 * initials, as the cadre list searches), by post (words of the current post's title) and by post
 * level, sorted by name. It answers only {@link CadreHit}s (nothing sensitive) and only from the
 * caller's readable counties (the list's own where clause and the tenant wall), so a county user
 * finds only their own county's cadres. Opening a hit is the cadre file's audited read.
 */
@ApplicationScoped
@Transactional
public class CadreSearchService {

    /** The most hits one search answers; a broader search asks the user to narrow it. */
    public static final int LIMIT = 100;

    static final int MAX_TEXT = 50;

    /** The reports' unit: the replica when there is one. */
    @PersistenceContext(unitName = ReportsConnectionProvider.UNIT)
    EntityManager em;

    /** At most {@link #LIMIT} + 1 hits, so the caller can tell that there are more. */
    public List<CadreHit> search(String name, String post, PostLevel level) {
        String text = name == null ? "" : name.strip();
        String title = post == null ? "" : post.strip();
        List<Problem> problems = new ArrayList<>();
        if (text.length() > MAX_TEXT) {
            problems.add(new Problem("name", "search.tooLong", List.of(MAX_TEXT)));
        }
        if (title.length() > MAX_TEXT) {
            problems.add(new Problem("post", "search.tooLong", List.of(MAX_TEXT)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (text.isEmpty() && title.isEmpty() && level == null) {
            return List.of();
        }
        CadreFilter filter =
                new CadreFilter(text, null, level, null, null, null, null, null, null, null, null, null, null);
        CadreWhere where = new CadreWhere(filter, CountyAccess.readable());
        String byPost = title.isEmpty() ? "" : " and c.currentPost like :post" + Like.ESCAPE;
        var query = where.bind(em.createQuery(
                "select new cn.zugong.core.cadre.domain.CadreHit(c.id, c.tenantId, c.name, c.gender, u.name,"
                        + " c.currentPost, c.postLevel) from Cadre c left join OrgUnit u on u.tenantId = c.tenantId and u.id = c.unitId"
                        + where.clause() + byPost + " order by c.nameSort, c.name, c.id",
                CadreHit.class));
        if (!title.isEmpty()) {
            query.setParameter("post", Like.contains(title));
        }
        return query.setMaxResults(LIMIT + 1).getResultList();
    }
}
