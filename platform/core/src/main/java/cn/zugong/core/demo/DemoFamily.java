package cn.zugong.core.demo;

import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.FamilyMember;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.cadre.domain.KinshipClass;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The family of a synthetic cadre, as a reader of the 任免表 expects it: a spouse of the other sex
 * and about the same age (a husband mostly older, a wife mostly younger), with a surname of their
 * own; a child born when the cadre was 24 to 34
 * (none for a cadre too young), with the father's surname; the parents 22 to 36 years older, the
 * father with the cadre's surname. Nobody bears the cadre's name or another relative's. What they
 * do fits their age: pre-school, primary, secondary or university student up to 22, working from
 * 23, retired (or farming) from 60; only a parent may have died. The Communist Youth League only
 * from 14 to 28, the Party from 18.
 */
final class DemoFamily {

    static final int RETIREMENT_AGE = 60;

    private final Words words;
    private final RandomGenerator random;
    private final LocalDate today;

    DemoFamily(Words words, RandomGenerator random, LocalDate today) {
        this.words = words;
        this.random = random;
        this.today = today;
    }

    List<FamilyMember> of(Cadre cadre, String surname) {
        List<FamilyMember> family = new ArrayList<>();
        Set<String> names = new HashSet<>(Set.of(cadre.getName()));
        boolean male = cadre.getGender() == Gender.MALE;
        int birthYear = cadre.getBirthDate().getYear();
        int age = today.getYear() - birthYear;
        String spouseSurname = words.pick("surnames", random);
        family.add(member(
                cadre,
                family.size(),
                words.pick(male ? "relation.spouse.male" : "relation.spouse.female", random),
                KinshipClass.SPOUSE,
                name(spouseSurname, !male, names),
                // A husband is mostly as old or older, a wife as old or younger.
                birthYear + (male ? random.nextInt(5) - 1 : 1 - random.nextInt(5)),
                false));
        if (age >= 25) {
            boolean son = random.nextBoolean();
            int parentAgeAtBirth = 24 + random.nextInt(Math.min(34, age) - 24 + 1);
            family.add(member(
                    cadre,
                    family.size(),
                    words.list("relations.children").get(son ? 0 : 1),
                    KinshipClass.LINEAL,
                    name(male ? surname : spouseSurname, son, names),
                    birthYear + parentAgeAtBirth,
                    false));
        }
        List<String> parents = words.list("relations.parents");
        for (int i = 0; i < parents.size(); i++) {
            boolean father = i == 0;
            family.add(member(
                    cadre,
                    family.size(),
                    parents.get(i),
                    KinshipClass.LINEAL,
                    name(father ? surname : words.pick("surnames", random), father, names),
                    birthYear - 22 - random.nextInt(15),
                    true));
        }
        return family;
    }

    /** A name no one else in the family bears. */
    private String name(String surname, boolean male, Set<String> taken) {
        String name;
        do {
            name = surname + words.pick(male ? "given.male" : "given.female", random);
        } while (!taken.add(name));
        return name;
    }

    private FamilyMember member(
            Cadre cadre, int order, String relation, KinshipClass kinship, String name, int birthYear, boolean parent) {
        // Born in this year's months so far at the latest, so nobody is born after today.
        int latestMonth = birthYear == today.getYear() ? today.getMonthValue() : 12;
        YearMonth birth = YearMonth.of(birthYear, 1 + random.nextInt(latestMonth));
        int age = ageOn(birth, today);
        FamilyMember member = new FamilyMember();
        member.setCadreId(cadre.getId());
        member.setSortOrder(order);
        member.setRelation(relation);
        member.setKinshipClass(kinship);
        member.setName(name);
        member.setBirth(String.format("%04d%02d", birth.getYear(), birth.getMonthValue()));
        member.setPoliticalStatus(party(age));
        member.setWorkUnitAndPost(work(age, parent));
        return member;
    }

    /** The age in whole years on a day of someone born in that month, as the form counts it. */
    static int ageOn(YearMonth birth, LocalDate day) {
        return Period.between(birth.atDay(1), day).getYears();
    }

    private String work(int age, boolean parent) {
        if (age < 7) {
            return words.pick("family.work.preschool", random);
        }
        if (age < 13) {
            return words.pick("family.work.primary", random);
        }
        if (age < 19) {
            return words.pick("family.work.secondary", random);
        }
        if (age < 23) {
            return words.pick("family.work.university", random);
        }
        if (age < RETIREMENT_AGE) {
            return words.pick("family.work.working", random);
        }
        return words.pick(parent ? "family.work.parent.senior" : "family.work.senior", random);
    }

    private String party(int age) {
        if (age < 14) {
            return words.pick("family.party.child", random);
        }
        if (age < 18) {
            return words.pick("family.party.teen", random);
        }
        return words.pick(age <= 28 ? "family.party.young" : "family.party.adult", random);
    }
}
