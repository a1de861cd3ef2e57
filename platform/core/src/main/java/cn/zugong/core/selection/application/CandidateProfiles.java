package cn.zugong.core.selection.application;

import cn.zugong.core.cadre.domain.Assessment;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.selection.domain.CandidateProfile;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Builds the side-by-side profiles of the candidates a committee votes on, from the registry of the case's county. */
final class CandidateProfiles {

    /** How many annual grades the comparison shows (the last three years, as the inspection reads them). */
    static final int GRADES = 3;

    private final EntityManager em;

    CandidateProfiles(EntityManager em) {
        this.em = em;
    }

    Optional<CandidateProfile> of(SelectionCase c, Optional<SelectionCandidate> candidate, UUID cadreId, LocalDate on) {
        Cadre cadre = em.find(Cadre.class, cadreId);
        if (cadre == null || !cadre.getTenantId().equals(c.getTenantId())) {
            return Optional.empty();
        }
        Optional<PostHolding> post = em.createQuery(
                        "select h from PostHolding h where h.cadreId = :cadre and h.mainPost and h.endDate is null"
                                + " order by h.startDate desc",
                        PostHolding.class)
                .setParameter("cadre", cadreId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        List<CandidateProfile.Grade> grades = em.createQuery(
                        "select a from Assessment a where a.cadreId = :cadre order by a.year desc", Assessment.class)
                .setParameter("cadre", cadreId)
                .setMaxResults(GRADES)
                .getResultStream()
                .map(a -> new CandidateProfile.Grade(a.getYear(), a.getGrade()))
                .toList();
        LocalDate since = post.map(PostHolding::getStartDate).orElse(null);
        return Optional.of(new CandidateProfile(
                cadreId,
                cadre.getName(),
                years(cadre.getBirthDate(), on),
                cadre.education().getFullTimeLevel(),
                cadre.education().getInServiceLevel(),
                post.map(h -> h.getUnitName() + h.getTitle()).orElse(cadre.getCurrentPost()),
                since,
                years(since, on),
                grades,
                candidate.map(SelectionCandidate::getInterviewVotes).orElse(null),
                candidate.map(SelectionCandidate::getMeetingVotes).orElse(null),
                c.recommendation().getRecommendationPresent(),
                new CandidateProfile.Form(
                        cadre.getBirthDate(),
                        cadre.getGender() == null ? null : cadre.getGender().name(),
                        cadre.getEthnicity(),
                        cadre.getNativePlace(),
                        cadre.getPartyJoined(),
                        cadre.getWorkStarted(),
                        cadre.getResume())));
    }

    private static Integer years(LocalDate from, LocalDate on) {
        return from == null || from.isAfter(on)
                ? null
                : Period.between(from, on).getYears();
    }
}
