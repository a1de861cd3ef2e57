package cn.zugong.core.cadre.infrastructure.interchange;

import cn.zugong.core.cadre.domain.Assessment;
import cn.zugong.core.cadre.domain.RewardPunishment;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Adds the assessments and rewards read from a file to a cadre's records without losing any: a
 * year already assessed takes the file's grade (one assessment per year), a reward or punishment
 * already recorded (same kind, year and title) is not added twice, every other record stays.
 */
final class ImportedRecords {

    private ImportedRecords() {}

    static void merge(EntityManager em, UUID cadreId, List<Assessment> assessments, List<RewardPunishment> rewards) {
        List<Assessment> stored = parts(em, Assessment.class, cadreId);
        for (Assessment read : assessments) {
            stored.stream()
                    .filter(a -> a.getYear() == read.getYear())
                    .findFirst()
                    .ifPresentOrElse(a -> a.setGrade(read.getGrade()), () -> {
                        read.setCadreId(cadreId);
                        em.persist(read);
                    });
        }
        List<RewardPunishment> recorded = parts(em, RewardPunishment.class, cadreId);
        for (RewardPunishment read : rewards) {
            boolean known = recorded.stream()
                    .anyMatch(r -> r.getKind() == read.getKind()
                            && r.getDecidedOn().getYear() == read.getDecidedOn().getYear()
                            && Objects.equals(r.getTitle(), read.getTitle()));
            if (!known) {
                read.setCadreId(cadreId);
                em.persist(read);
            }
        }
    }

    private static <T> List<T> parts(EntityManager em, Class<T> type, UUID cadreId) {
        return em.createQuery("select p from " + type.getSimpleName() + " p where p.cadreId = :cadre", type)
                .setParameter("cadre", cadreId)
                .getResultList();
    }
}
