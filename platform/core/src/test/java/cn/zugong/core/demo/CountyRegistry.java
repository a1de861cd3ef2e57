package cn.zugong.core.demo;

import cn.zugong.core.unit.AppointmentMethod;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.core.unit.UnitType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registry of one synthetic county at benchmark size, built in memory the way
 * {@link DemoRegistry} seeds a demo county: the demo county's unit shapes (names with the city and
 * county substituted), a cadre in every principal and deputy position, and staff spread over the
 * units until the county has the cadres asked for. Seeded by the county code, so a county always
 * gets the same registry. Id numbers are unique in the county (a generated duplicate is drawn again).
 */
public final class CountyRegistry {

    /** The demo county whose units are the template, and the parts of its names that are replaced. */
    private static final String TEMPLATE = "510115";

    private static final String TEMPLATE_CITY = "成都";
    private static final String TEMPLATE_COUNTY = "温江";

    public final List<OrgUnit> units = new ArrayList<>();
    public final List<UnitPosition> positions = new ArrayList<>();
    public final List<CadreGenerator.Generated> files = new ArrayList<>();

    private final Words words = new Words();

    /**
     * @param city the city's name without 市 (replaces 成都)
     * @param county the county's name without 区 (replaces 温江)
     */
    public CountyRegistry(String code, String city, String county, int unitCount, int cadres, LocalDate today) {
        Map<String, OrgUnit> byTemplateName = new HashMap<>();
        for (String[] row : DemoData.rows("demo/units.csv")) {
            if (!row[0].equals(TEMPLATE) || units.size() == unitCount) {
                continue;
            }
            OrgUnit unit = new OrgUnit();
            unit.setName(row[1].replace(TEMPLATE_CITY, city).replace(TEMPLATE_COUNTY, county));
            unit.setType(UnitType.valueOf(row[2]));
            unit.setRank(unit.getType().countyRank());
            unit.setParentId(
                    row[3].isEmpty() ? null : byTemplateName.get(row[3]).getId());
            unit.setPrincipalPosts(Integer.parseInt(row[4]));
            unit.setDeputyPosts(Integer.parseInt(row[5]));
            byTemplateName.put(row[1], unit);
            units.add(unit);
        }
        CadreGenerator generator = new CadreGenerator(Long.parseLong(code), today);
        Set<String> idNumbers = new HashSet<>();
        for (int i = 0; i < units.size() && files.size() < cadres; i++) {
            OrgUnit unit = units.get(i);
            String[] titles = titles(unit);
            int order = 0;
            for (int p = 0; p < unit.getPrincipalPosts(); p++) {
                fill(generator, idNumbers, unit, title(titles[0], p), unit.getRank(), true, order++);
            }
            for (int d = 0; d < unit.getDeputyPosts() + (i % 7 == 3 ? 1 : 0); d++) {
                fill(
                        generator,
                        idNumbers,
                        unit,
                        title(titles[1], d),
                        unit.getRank().deputy(),
                        false,
                        order++);
            }
        }
        for (int s = 0; files.size() < cadres; s++) {
            OrgUnit unit = units.get(s % units.size());
            add(generator, idNumbers, new CadreGenerator.Post(unit.getId(), unit.getName(), null, null, null));
        }
    }

    private void fill(
            CadreGenerator generator,
            Set<String> idNumbers,
            OrgUnit unit,
            String title,
            PostLevel level,
            boolean principal,
            int order) {
        UnitPosition position = new UnitPosition(unit.getId(), title, level, AppointmentMethod.APPOINTED, order);
        position.setPrincipal(principal);
        positions.add(position);
        CadreGenerator.Generated file = add(
                generator,
                idNumbers,
                new CadreGenerator.Post(unit.getId(), unit.getName(), position.getId(), title, level));
        file.holdings().stream()
                .filter(holding -> position.getId().equals(holding.getPositionId()))
                .forEach(holding -> holding.setPrincipal(principal));
    }

    private CadreGenerator.Generated add(CadreGenerator generator, Set<String> idNumbers, CadreGenerator.Post post) {
        CadreGenerator.Generated file;
        do {
            file = generator.generate(post);
        } while (!idNumbers.add(file.cadre().getIdNumber()));
        files.add(file);
        return file;
    }

    /** As {@code DemoRegistry}: by unit type, else by the ending of the unit's name. */
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
