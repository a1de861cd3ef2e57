package cn.zugong.core.plugin.dashboard;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.hibernate.Session;

/**
 * Which node runs a job's slot for a county. On PostgreSQL the run's transaction claims it ({@link
 * JobClaim}); on H2, the run command's single-node default, every slot is this node's (its own
 * memory in {@link PluginJobs} keeps it from running twice).
 */
@ApplicationScoped
public class JobLeases {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    private volatile Boolean postgres;

    /** Claims the slot in the caller's transaction, which must be bound to the slot's county. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(JobSlot slot) {
        return em.unwrap(Session.class).doReturningWork(db -> !postgres(db) || JobClaim.claim(db, slot, Instant.now()));
    }

    /** Makes the county's jobs due again on every node (its rule values changed). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(TenantId county) {
        TenancyHolder.runAs(
                Tenancy.writing(county), () -> em.unwrap(Session.class).doWork(db -> {
                    if (postgres(db)) {
                        JobClaim.release(db, county);
                    }
                }));
    }

    private boolean postgres(Connection db) throws SQLException {
        if (postgres == null) {
            postgres = db.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
        return postgres;
    }
}
