package cn.zugong.core.cadre.application;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The cadres behind a figure counted by another feature (the annual statistics), for the list's
 * "held a post on date D" filter: a port that feature implements, so the registry does not depend
 * on it.
 */
public interface HeldFigureLookup {

    /** The ids of the cadres counted in {@code figure} at {@code on}, in the given counties. */
    List<UUID> ids(EntityManager em, List<String> counties, LocalDate on, String figure);
}
