package cn.zugong.core.cadre.application;

import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.ListedCadre;
import cn.zugong.core.cadre.infrastructure.CadreWhere;
import cn.zugong.core.tenant.CountyAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every cadre of a filtered list, not just one page, for exports: the list's filters over the
 * readable tenants, sorted by name, fetched a page at a time with the persistence context cleared
 * between pages so memory stays flat. Without the sensitive roles the id number is removed.
 */
@ApplicationScoped
@Transactional
public class CadreStream {

    static final int PAGE = 1000;

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    HeldFigureLookup figures;

    public void each(CadreFilter filter, Consumer<ListedCadre> sink) {
        CadreWhere where = CadreWheres.of(em, filter, figures);
        boolean sensitive = CountyAccess.canSeeSensitive();
        for (int offset = 0; ; offset += PAGE) {
            List<Object[]> page = where.bind(em.createQuery(
                            "select c, u.name from Cadre c left join OrgUnit u on u.id = c.unitId" + where.clause()
                                    + " order by c.nameSort, c.name, c.id",
                            Object[].class))
                    .setFirstResult(offset)
                    .setMaxResults(PAGE)
                    .getResultList();
            em.clear();
            for (Object[] row : page) {
                Cadre cadre = (Cadre) row[0];
                if (!sensitive) {
                    cadre.setIdNumber(null);
                }
                sink.accept(new ListedCadre(cadre, (String) row[1]));
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }
}
