package cn.zugong.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.FamilyMember;
import cn.zugong.core.cadre.domain.Gender;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every relative of every cadre of a generated county fits the cadre and their own age, as a reader
 * of the 任免表 checks them: names, the spouse's sex and age, surnames, generations, what each does.
 */
class DemoFamilyTest {

    private static final List<String> SURNAMES_LONGEST_FIRST = new Words()
            .list("surnames").stream()
                    .sorted(Comparator.comparing(String::length).reversed())
                    .toList();

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-07", "2027-01-15"})
    void everyRelativeFitsTheCadreAndTheirAge(String day) {
        LocalDate today = LocalDate.parse(day);
        CountyRegistry county = new CountyRegistry("510115", "成都", "温江", 30, 280, today);

        assertThat(county.files).hasSize(280);
        for (CadreGenerator.Generated file : county.files) {
            check(file.cadre(), file.family(), today);
        }
    }

    private static void check(Cadre cadre, List<FamilyMember> family, LocalDate today) {
        int age = age(cadre.getBirthDate(), today);
        boolean male = cadre.getGender() == Gender.MALE;
        Set<String> names = new HashSet<>(Set.of(cadre.getName()));
        FamilyMember spouse = family.getFirst();
        for (FamilyMember member : family) {
            String who = cadre.getName() + "'s " + member.getRelation() + " " + member.getName();
            int memberAge = age(member, today);
            assertThat(names.add(member.getName()))
                    .as(who + ": a name of its own")
                    .isTrue();
            assertThat(memberAge).as(who + ": born by today").isGreaterThanOrEqualTo(0);
            switch (member.getRelation()) {
                case "妻子", "丈夫" -> {
                    assertThat(member.getRelation()).as(who).isEqualTo(male ? "妻子" : "丈夫");
                    assertThat(memberAge).as(who + ": of an age to marry").isGreaterThanOrEqualTo(20);
                    assertThat(Math.abs(memberAge - age))
                            .as(who + ": about the same age")
                            .isLessThanOrEqualTo(5);
                }
                case "儿子", "女儿" -> {
                    String father = male ? cadre.getName() : spouse.getName();
                    assertThat(surname(member.getName()))
                            .as(who + ": the father's surname")
                            .isEqualTo(surname(father));
                    assertThat(age - memberAge)
                            .as(who + ": a generation younger")
                            .isBetween(20, 40);
                }
                case "父亲", "母亲" -> {
                    assertThat(memberAge - age).as(who + ": a generation older").isBetween(20, 40);
                    if (member.getRelation().equals("父亲")) {
                        assertThat(surname(member.getName())).as(who).isEqualTo(surname(cadre.getName()));
                    }
                }
                default -> throw new AssertionError(who + ": unexpected relation");
            }
            checkWork(who, member, memberAge);
            checkParty(who, member.getPoliticalStatus(), memberAge);
        }
    }

    private static void checkWork(String who, FamilyMember member, int age) {
        String work = member.getWorkUnitAndPost();
        if (work.contains("学龄前")) {
            assertThat(age).as(who + ": " + work).isLessThan(7);
        } else if (work.contains("学生")) {
            assertThat(age).as(who + ": " + work).isBetween(6, 22);
        } else if (work.equals("退休")) {
            assertThat(age).as(who + ": " + work).isGreaterThanOrEqualTo(60);
        } else if (work.equals("已去世")) {
            assertThat(member.getRelation()).as(who + ": " + work).isIn("父亲", "母亲");
        } else {
            assertThat(age).as(who + ": " + work).isGreaterThanOrEqualTo(18);
        }
        if (work.contains("小学")) {
            assertThat(age).as(who + ": " + work).isBetween(6, 12);
        }
    }

    private static void checkParty(String who, String status, int age) {
        if (status.equals("共青团员")) {
            assertThat(age).as(who + ": " + status).isBetween(14, 28);
        }
        if (status.equals("中共党员")) {
            assertThat(age).as(who + ": " + status).isGreaterThanOrEqualTo(18);
        }
    }

    private static String surname(String name) {
        return SURNAMES_LONGEST_FIRST.stream()
                .filter(name::startsWith)
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " starts with no known surname"));
    }

    private static int age(FamilyMember member, LocalDate today) {
        YearMonth birth = YearMonth.parse(
                member.getBirth().substring(0, 4) + "-" + member.getBirth().substring(4));
        return DemoFamily.ageOn(birth, today);
    }

    private static int age(LocalDate birth, LocalDate today) {
        return java.time.Period.between(birth, today).getYears();
    }
}
