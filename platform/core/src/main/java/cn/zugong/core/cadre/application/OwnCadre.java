package cn.zugong.core.cadre.application;

import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreNotFoundException;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.tenant.CountyAccess;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** The first step of every write to a cadre file: a writer, and a cadre of the writer's own county. */
final class OwnCadre {

    private OwnCadre() {}

    /** The managed cadre; read-only callers are refused, a cadre of another county is "not found". */
    static Cadre require(EntityManager em, UUID cadreId) {
        String tenant = CountyAccess.requireWriter();
        Cadre cadre = cadreId == null ? null : em.find(Cadre.class, cadreId);
        if (cadre == null || !tenant.equals(cadre.getTenantId())) {
            throw new CadreNotFoundException();
        }
        MovedOutFiles.refuseIfMoved(em, tenant, cadreId);
        return cadre;
    }

    /** Family members and punishments are changed only by users who may see them. */
    static void requireSensitive() {
        if (!CountyAccess.canSeeSensitive()) {
            throw new AccessDeniedException("error.access.denied");
        }
    }
}
