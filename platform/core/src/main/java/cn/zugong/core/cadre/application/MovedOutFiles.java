package cn.zugong.core.cadre.application;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.AccessDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Files that left their county in a cross-county transfer (the {@code transfer} feature moves them):
 * the county keeps the record, read-only, marked transferred out to the receiving county. Every
 * write to a file checks here first ({@link OwnCadre}, {@link CadreService#save}, the interchange
 * import), so no page, REST call or import changes it.
 */
@ApplicationScoped
@Transactional
public class MovedOutFiles {

    /** The message key of the refusal. */
    public static final String REFUSED = "cadre.error.transferred-out";

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    /**
     * Where and when a file moved.
     *
     * @param to the receiving county
     * @param on the day it moved
     */
    public record MovedOut(TenantId to, LocalDate on) {}

    /** Whether (and where) this county's cadre moved out. */
    public Optional<MovedOut> of(String tenant, UUID cadreId) {
        return lookUp(em, tenant, cadreId);
    }

    /** Refuses a write to a file that moved out of {@code tenant}. */
    static void refuseIfMoved(EntityManager em, String tenant, UUID cadreId) {
        if (cadreId != null && lookUp(em, tenant, cadreId).isPresent()) {
            throw new AccessDeniedException(REFUSED);
        }
    }

    /** Whether this county's cadre moved out (for the imports, which report it as a problem). */
    public static boolean isMovedOut(EntityManager em, String tenant, UUID cadreId) {
        return cadreId != null && lookUp(em, tenant, cadreId).isPresent();
    }

    static Optional<MovedOut> lookUp(EntityManager em, String tenant, UUID cadreId) {
        List<?> rows = em.createNativeQuery("select to_tenant, effective from cadre_transfer"
                        + " where from_tenant = ?1 and cadre_id = ?2 and status = 'MOVED'")
                .setParameter(1, tenant)
                .setParameter(2, cadreId)
                .setMaxResults(1)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            Object day = columns[1];
            LocalDate on = day instanceof Date date ? date.toLocalDate() : (LocalDate) day;
            return new MovedOut(new TenantId((String) columns[0]), on);
        });
    }
}
