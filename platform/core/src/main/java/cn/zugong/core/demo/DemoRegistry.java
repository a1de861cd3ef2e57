package cn.zugong.core.demo;

import cn.zugong.core.unit.AppointmentMethod;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.core.unit.UnitType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Seeds the synthetic registry of one county: the positions of each unit from its quota, a cadre in
 * each position (every seventh unit gets one deputy too many, so over-staffing shows), and staff
 * without a leadership post. One transaction per county.
 */
@ApplicationScoped
@Transactional
public class DemoRegistry {

    private static final int STAFF_PER_UNIT = 5;

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    private final Words words = new Words();

    /** Seeds the tenant this transaction is bound to, unless it has cadres already. */
    public int seed(String tenant) {
        if (em.createQuery("select count(c) from Cadre c", Long.class).getSingleResult() > 0) {
            return 0;
        }
        List<OrgUnit> units = em.createQuery("select u from OrgUnit u order by u.name", OrgUnit.class)
                .getResultList();
        CadreGenerator generator = new CadreGenerator(tenant.hashCode(), LocalDate.now());
        int count = 0;
        for (int i = 0; i < units.size(); i++) {
            OrgUnit unit = units.get(i);
            PostLevel rank = unit.getRank() == null ? unit.getType().countyRank() : unit.getRank();
            String[] titles = titles(unit);
            int deputies = unit.getDeputyPosts() + (i % 7 == 3 ? 1 : 0);
            int order = 0;
            for (int p = 0; p < unit.getPrincipalPosts(); p++) {
                count += fill(generator, unit, title(titles[0], p), rank, true, order++);
            }
            for (int d = 0; d < deputies; d++) {
                count += fill(generator, unit, title(titles[1], d), rank.deputy(), false, order++);
            }
            for (int s = 0; s < STAFF_PER_UNIT; s++) {
                count += persist(
                        generator.generate(new CadreGenerator.Post(unit.getId(), unit.getName(), null, null, null)));
            }
            em.flush();
            em.clear();
        }
        return count;
    }

    /**
     * A position and its holder. Principal or deputy follows the post, not the level: in a unit of a
     * deputy rank (an internal organ) the head and the deputies share one level.
     */
    private int fill(
            CadreGenerator generator, OrgUnit unit, String title, PostLevel level, boolean principal, int order) {
        UnitPosition position = new UnitPosition(unit.getId(), title, level, AppointmentMethod.APPOINTED, order);
        position.setPrincipal(principal);
        em.persist(position);
        CadreGenerator.Generated file = generator.generate(
                new CadreGenerator.Post(unit.getId(), unit.getName(), position.getId(), title, level));
        file.holdings().stream()
                .filter(holding -> position.getId().equals(holding.getPositionId()))
                .forEach(holding -> holding.setPrincipal(principal));
        return persist(file);
    }

    private int persist(CadreGenerator.Generated file) {
        em.persist(file.cadre());
        file.holdings().forEach(em::persist);
        file.family().forEach(em::persist);
        file.assessments().forEach(em::persist);
        file.rewards().forEach(em::persist);
        return 1;
    }

    private String[] titles(OrgUnit unit) {
        List<String> byType = words.list("title." + unit.getType().name());
        if (!byType.isEmpty() && unit.getType() != UnitType.WORKING_DEPARTMENT && unit.getType() != UnitType.TOWNSHIP) {
            return byType.toArray(String[]::new);
        }
        for (String suffix : words.list("title.suffixes")) {
            if (unit.getName().endsWith(suffix)) {
                return words.list("title.suffix." + suffix).toArray(String[]::new);
            }
        }
        return (byType.isEmpty() ? words.list("title.default") : byType).toArray(String[]::new);
    }

    private static String title(String alternatives, int index) {
        String[] options = alternatives.split("\\|");
        return options[Math.min(index, options.length - 1)];
    }
}
