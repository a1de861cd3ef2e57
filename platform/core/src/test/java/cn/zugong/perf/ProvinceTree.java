package cn.zugong.perf;

import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic province of the benchmarks: the province node 519000, 18 cities 514100 to 515800 and
 * ten counties under each (514101 to 514110 …), so up to 180 counties. The codes start with 51 but
 * are none of the demo tenants' (510000, 510100, 510115, 510117); the province node does not have
 * the usual {@code PP0000} shape for that reason. Names are made of two word lists (18 × 10).
 */
record ProvinceTree(Node province, List<Node> cities, List<Node> counties) {

    static final String PROVINCE = "519000";

    private static final String[] CITY_WORDS = {
        "安", "宝", "长", "丰", "广", "河", "金", "乐", "龙", "明", "南", "平", "清", "山", "泰", "文", "兴", "永"
    };
    private static final String[] COUNTY_WORDS = {"宁", "平", "阳", "江", "川", "山", "德", "昌", "源", "和"};

    /** A tenant of the tree; {@code base} is the name without 市 or 区, used in unit names. */
    record Node(String code, String parent, String base, String nameZh, String nameEn) {}

    static ProvinceTree of(int countyCount) {
        if (countyCount < 1 || countyCount > CITY_WORDS.length * COUNTY_WORDS.length) {
            throw new IllegalArgumentException("1 to 180 counties: " + countyCount);
        }
        Node province = new Node(PROVINCE, null, "测试省", "测试省委组织部", "Benchmark Province Organization Department");
        List<Node> cities = new ArrayList<>();
        List<Node> counties = new ArrayList<>();
        for (int c = 0; counties.size() < countyCount; c++) {
            String cityCode = String.format("51%02d00", 41 + c);
            String cityBase = CITY_WORDS[c] + "州";
            cities.add(new Node(
                    cityCode, PROVINCE, cityBase, cityBase + "市委组织部", "City " + cityCode + " Organization Department"));
            for (int d = 0; d < COUNTY_WORDS.length && counties.size() < countyCount; d++) {
                String code = cityCode.substring(0, 4) + String.format("%02d", d + 1);
                String base = CITY_WORDS[c] + COUNTY_WORDS[d];
                counties.add(
                        new Node(code, cityCode, base, base + "区委组织部", "County " + code + " Organization Department"));
            }
        }
        return new ProvinceTree(province, cities, counties);
    }

    List<Node> all() {
        List<Node> all = new ArrayList<>();
        all.add(province);
        all.addAll(cities);
        all.addAll(counties);
        return all;
    }

    Node city(Node county) {
        return cities.stream()
                .filter(c -> c.code().equals(county.parent()))
                .findFirst()
                .orElseThrow();
    }

    /** The tenant path as the portal stores it: the codes from the root. */
    String path(Node node) {
        if (node.parent() == null) {
            return "/" + node.code() + "/";
        }
        Node parent = node.parent().equals(PROVINCE) ? province : city(node);
        return path(parent) + node.code() + "/";
    }

    /** Every code of the tree, comma-separated: the supervisor's readable tenants. */
    String scopeCsv() {
        return String.join(",", all().stream().map(Node::code).sorted().toList());
    }
}
