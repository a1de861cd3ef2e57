package cn.zugong.plugin.rotation.avoidance;

import java.util.Map;
import java.util.Optional;

/**
 * The kinship classes of avoidance (回避规定 2006 第三条 [V]; definitions of the 公务员回避规定, DOMAIN
 * §2.2). The registry stores a class for each family member; where it stored none of these (a
 * social relation, or an entry made before the class existed), the relation (称谓) decides.
 */
public enum Kinship {
    SPOUSE,
    LINEAL,
    COLLATERAL,
    IN_LAW;

    // §2.2's table, with the 称谓 forms the national form's entries use.
    private static final Map<String, Kinship> RELATIONS = Map.ofEntries(
            Map.entry("妻子", SPOUSE),
            Map.entry("丈夫", SPOUSE),
            Map.entry("配偶", SPOUSE),
            Map.entry("夫", SPOUSE),
            Map.entry("妻", SPOUSE),
            Map.entry("父亲", LINEAL),
            Map.entry("母亲", LINEAL),
            Map.entry("儿子", LINEAL),
            Map.entry("女儿", LINEAL),
            Map.entry("长子", LINEAL),
            Map.entry("次子", LINEAL),
            Map.entry("长女", LINEAL),
            Map.entry("次女", LINEAL),
            Map.entry("祖父", LINEAL),
            Map.entry("祖母", LINEAL),
            Map.entry("外祖父", LINEAL),
            Map.entry("外祖母", LINEAL),
            Map.entry("孙子", LINEAL),
            Map.entry("孙女", LINEAL),
            Map.entry("外孙", LINEAL),
            Map.entry("外孙女", LINEAL),
            Map.entry("哥哥", COLLATERAL),
            Map.entry("弟弟", COLLATERAL),
            Map.entry("姐姐", COLLATERAL),
            Map.entry("妹妹", COLLATERAL),
            Map.entry("兄", COLLATERAL),
            Map.entry("弟", COLLATERAL),
            Map.entry("姐", COLLATERAL),
            Map.entry("妹", COLLATERAL),
            Map.entry("伯父", COLLATERAL),
            Map.entry("叔父", COLLATERAL),
            Map.entry("叔叔", COLLATERAL),
            Map.entry("姑姑", COLLATERAL),
            Map.entry("姑母", COLLATERAL),
            Map.entry("舅舅", COLLATERAL),
            Map.entry("舅父", COLLATERAL),
            Map.entry("姨母", COLLATERAL),
            Map.entry("姨妈", COLLATERAL),
            Map.entry("堂兄", COLLATERAL),
            Map.entry("堂弟", COLLATERAL),
            Map.entry("堂姐", COLLATERAL),
            Map.entry("堂妹", COLLATERAL),
            Map.entry("表兄", COLLATERAL),
            Map.entry("表弟", COLLATERAL),
            Map.entry("表姐", COLLATERAL),
            Map.entry("表妹", COLLATERAL),
            Map.entry("侄子", COLLATERAL),
            Map.entry("侄女", COLLATERAL),
            Map.entry("外甥", COLLATERAL),
            Map.entry("外甥女", COLLATERAL),
            Map.entry("岳父", IN_LAW),
            Map.entry("岳母", IN_LAW),
            Map.entry("公公", IN_LAW),
            Map.entry("婆婆", IN_LAW),
            Map.entry("儿媳", IN_LAW),
            Map.entry("女婿", IN_LAW),
            Map.entry("姐夫", IN_LAW),
            Map.entry("妹夫", IN_LAW),
            Map.entry("嫂子", IN_LAW),
            Map.entry("弟媳", IN_LAW),
            Map.entry("妻兄", IN_LAW),
            Map.entry("妻弟", IN_LAW),
            Map.entry("妻姐", IN_LAW),
            Map.entry("妻妹", IN_LAW),
            Map.entry("内兄", IN_LAW),
            Map.entry("内弟", IN_LAW),
            Map.entry("大伯子", IN_LAW),
            Map.entry("小叔子", IN_LAW),
            Map.entry("大姑子", IN_LAW),
            Map.entry("小姑子", IN_LAW),
            Map.entry("连襟", IN_LAW),
            Map.entry("妯娌", IN_LAW));

    /** The class of a family member: the registry's when it is one of these, else the relation's. */
    public static Optional<Kinship> of(String registryClass, String relation) {
        for (Kinship k : values()) {
            if (k.name().equals(registryClass)) {
                return Optional.of(k);
            }
        }
        return Optional.ofNullable(RELATIONS.get(relation == null ? "" : relation.strip()));
    }

    public String messageKey() {
        return "rotation.kinship." + name();
    }
}
