package cn.zugong.core.statistics;

import cn.zugong.core.cadre.application.HeldFigureLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The cadre list's figure lookup, by the statistics' own statements ({@link FigureCadres}). */
@ApplicationScoped
public class StatisticsHeldFigures implements HeldFigureLookup {

    @Override
    public List<UUID> ids(EntityManager em, List<String> counties, LocalDate on, String figure) {
        return FigureCadres.ids(em, counties, on, figure);
    }
}
