package cn.zugong.core.demo;

import cn.zugong.core.cadre.domain.Assessment;
import cn.zugong.core.cadre.domain.AssessmentGrade;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.cadre.domain.CivilRank;
import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.cadre.domain.FamilyMember;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.cadre.domain.Health;
import cn.zugong.core.cadre.domain.ManagementAuthority;
import cn.zugong.core.cadre.domain.NamePinyin;
import cn.zugong.core.cadre.domain.PoliticalStatus;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.cadre.domain.Resume;
import cn.zugong.core.cadre.domain.RewardKind;
import cn.zugong.core.cadre.domain.RewardPunishment;
import cn.zugong.core.unit.AppointmentMethod;
import cn.zugong.core.unit.PostLevel;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Generates plausible, entirely synthetic cadre files: names from common surnames and given names,
 * birth dates, education, a career of two to four posts ending in the post given, a family, the
 * last five years' assessments and some rewards. Seeded, so a county always gets the same registry.
 */
public final class CadreGenerator {

    /** One generated file, ready to persist. */
    public record Generated(
            Cadre cadre,
            List<PostHolding> holdings,
            List<FamilyMember> family,
            List<Assessment> assessments,
            List<RewardPunishment> rewards) {}

    /** The post the generated cadre holds now. */
    public record Post(UUID unitId, String unitName, UUID positionId, String title, PostLevel level) {}

    private final Words words = new Words();
    private final RandomGenerator random;
    private final LocalDate today;

    public CadreGenerator(long seed, LocalDate today) {
        this.random = new SplittableRandom(seed);
        this.today = today;
    }

    /** A cadre in the post; a post without title is a staff post, titled from the word list. */
    public Generated generate(Post post) {
        if (post.title() == null) {
            post = new Post(post.unitId(), post.unitName(), null, words.pick("staff.titles", random), null);
        }
        Cadre cadre = new Cadre();
        Gender gender = random.nextInt(100) < 72 ? Gender.MALE : Gender.FEMALE;
        cadre.setGender(gender);
        String surname = words.pick("surnames", random);
        String name = surname + words.pick(gender == Gender.MALE ? "given.male" : "given.female", random);
        cadre.setName(name);
        cadre.setPinyin(NamePinyin.of(cadre.getName()));
        int age = post.level() == null ? 24 + random.nextInt(34) : 32 + random.nextInt(24);
        LocalDate birth = today.minusYears(age).withDayOfYear(1 + random.nextInt(360));
        cadre.setBirthDate(birth);
        cadre.setEthnicity(words.pick("ethnicities", random));
        String place = words.pick("places", random);
        cadre.setNativePlace(place);
        cadre.setBirthPlace(random.nextInt(4) == 0 ? words.pick("places", random) : place);
        cadre.setGrowthPlace(place);
        cadre.setIdNumber(DemoIdNumbers.of(birth, gender, random));
        boolean member = post.level() != null || random.nextInt(10) < 7;
        cadre.setPoliticalStatus(member ? PoliticalStatus.CPC_MEMBER : PoliticalStatus.MASSES);
        LocalDate workStart = birth.plusYears(22).withMonth(7).withDayOfMonth(1);
        if (member) {
            cadre.setPartyJoined(yyyymm(workStart.plusMonths(random.nextInt(60))));
        }
        cadre.setWorkStarted(yyyymm(workStart));
        cadre.setHealth(random.nextInt(10) < 8 ? Health.HEALTHY : Health.GOOD);
        cadre.education().setProfessionalTitle(words.pick("titles", random));
        education(cadre);
        cadre.setManagementAuthority(managementAuthority(post.level()));
        cadre.setStatus(CadreStatus.ACTIVE);
        cadre.setStatusSince(workStart);
        cadre.setCivilRank(post.level() == null ? CivilRank.values()[6 + random.nextInt(6)] : null);
        List<PostHolding> holdings = career(cadre, post, workStart);
        cadre.setResume(Resume.of(holdings));
        List<FamilyMember> family = new DemoFamily(words, random, today).of(cadre, surname);
        return new Generated(cadre, holdings, family, assessments(cadre), rewards(cadre));
    }

    private void education(Cadre cadre) {
        EducationLevel level = random.nextInt(10) < 7 ? EducationLevel.UNIVERSITY : EducationLevel.COLLEGE;
        String school = words.pick("schools", random);
        cadre.education().setFullTimeLevel(level);
        cadre.education().setFullTimeDegree(level == EducationLevel.UNIVERSITY ? words.pick("degrees", random) : null);
        cadre.education().setFullTimeLevelSchool(school + words.pick("majors", random));
        cadre.education().setFullTimeDegreeSchool(level == EducationLevel.UNIVERSITY ? school : null);
        if (random.nextInt(3) == 0) {
            cadre.education().setInServiceLevel(EducationLevel.POSTGRADUATE);
            cadre.education().setInServiceDegree(words.pick("postgraduate.degrees", random));
            cadre.education().setInServiceLevelSchool(words.pick("schools", random) + words.pick("majors", random));
        }
    }

    private ManagementAuthority managementAuthority(PostLevel level) {
        if (level == null) {
            return ManagementAuthority.UNIT;
        }
        return switch (level) {
            case BUREAU_PRINCIPAL, BUREAU_DEPUTY -> ManagementAuthority.PROVINCE;
            case COUNTY_PRINCIPAL, COUNTY_DEPUTY -> ManagementAuthority.CITY;
            default -> ManagementAuthority.COUNTY;
        };
    }

    private List<PostHolding> career(Cadre cadre, Post post, LocalDate workStart) {
        List<PostHolding> holdings = new ArrayList<>();
        int earlier = 1 + random.nextInt(3);
        LocalDate start = workStart;
        long span = ChronoUnit.MONTHS.between(workStart, today.minusMonths(6));
        long step = Math.max(6, span / (earlier + 1));
        for (int i = 0; i < earlier; i++) {
            LocalDate end = start.plusMonths(step - random.nextInt(3));
            holdings.add(holding(cadre, null, post.unitName(), staffTitle(i, earlier), null, start, end));
            start = end;
        }
        holdings.add(holding(cadre, post, post.unitName(), post.title(), post.level(), start, null));
        if (post.level() != null) {
            cadre.setLevelSince(start);
            cadre.setPostLevel(post.level());
        }
        cadre.setUnitId(post.unitId());
        cadre.setCurrentPost(post.unitName() + post.title());
        return holdings;
    }

    private String staffTitle(int index, int count) {
        return index == count - 1 && count > 1 ? words.pick("staff.last", random) : words.pick("staff.titles", random);
    }

    private PostHolding holding(
            Cadre cadre, Post post, String unitName, String title, PostLevel level, LocalDate start, LocalDate end) {
        PostHolding h = new PostHolding();
        h.setCadreId(cadre.getId());
        h.setUnitId(post == null ? null : post.unitId());
        h.setPositionId(post == null ? null : post.positionId());
        h.setUnitName(unitName);
        h.setTitle(title);
        h.setPostLevel(level);
        h.setPrincipal(level != null && level.principal());
        h.setMainPost(true);
        h.setStartDate(start.withDayOfMonth(1));
        h.setEndDate(end == null ? null : end.withDayOfMonth(1));
        h.setMethod(AppointmentMethod.APPOINTED);
        h.setDocumentNo(DemoIdNumbers.document(words.pick("document.format", random), start.getYear(), random));
        return h;
    }

    private List<Assessment> assessments(Cadre cadre) {
        List<Assessment> assessments = new ArrayList<>();
        for (int year = today.getYear() - 5; year < today.getYear(); year++) {
            Assessment assessment = new Assessment();
            assessment.setCadreId(cadre.getId());
            assessment.setYear(year);
            int roll = random.nextInt(100);
            assessment.setGrade(
                    roll < 18
                            ? AssessmentGrade.EXCELLENT
                            : roll < 97 ? AssessmentGrade.COMPETENT : AssessmentGrade.BASICALLY_COMPETENT);
            assessments.add(assessment);
        }
        return assessments;
    }

    private List<RewardPunishment> rewards(Cadre cadre) {
        List<RewardPunishment> records = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            records.add(record(cadre, RewardKind.REWARD, words.pick("rewards", random)));
        }
        if (random.nextInt(25) == 0) {
            records.add(record(cadre, RewardKind.PUNISHMENT, words.pick("punishments", random)));
        }
        return records;
    }

    private RewardPunishment record(Cadre cadre, RewardKind kind, String title) {
        RewardPunishment record = new RewardPunishment();
        record.setCadreId(cadre.getId());
        record.setKind(kind);
        record.setTitle(title);
        record.setDecidedOn(today.minusDays(30 + random.nextInt(2000)));
        record.setDocumentNo(DemoIdNumbers.document(
                words.pick("document.format", random), record.getDecidedOn().getYear(), random));
        return record;
    }

    static String yyyymm(LocalDate date) {
        return String.format("%04d%02d", date.getYear(), date.getMonthValue());
    }
}
