package cn.zugong.core.cadre.application;

import jakarta.persistence.EntityManager;

/** The portal's {@link CadreService} on an entity manager of the hand-run benchmarks (no CDI, no JTA). */
public final class PerfCadreService {

    private PerfCadreService() {}

    public static CadreService on(EntityManager em) {
        CadreService service = new CadreService();
        service.em = em;
        service.reports = em;
        return service;
    }
}
