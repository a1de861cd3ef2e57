package cn.zugong.core.intake.infrastructure;

import cn.zugong.core.intake.domain.Receipt;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The table {@code public_receipt}: which county, plugin and record a receipt answers for. Outside
 * the tenant wall on purpose (like {@code ballot_code_lookup}): the page reads it before it knows a
 * county; it holds keyed hashes and ids, nothing a sender wrote.
 */
public final class ReceiptStore {

    private static final String COLUMNS = "select tenant_id, plugin_id, kind, reference from public_receipt where ";

    private final EntityManager em;

    public ReceiptStore(EntityManager em) {
        this.em = em;
    }

    public Optional<Receipt> byKey(String keyHash) {
        return one(COLUMNS + "key_hash = ?", keyHash);
    }

    public Optional<Receipt> byCode(String codeHash) {
        return one(COLUMNS + "code_hash = ?", codeHash);
    }

    public void add(String codeHash, String keyHash, Receipt receipt, Instant at) {
        em.createNativeQuery("insert into public_receipt (code_hash, key_hash, tenant_id, plugin_id, kind, reference,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, codeHash)
                .setParameter(2, keyHash)
                .setParameter(3, receipt.tenant())
                .setParameter(4, receipt.pluginId())
                .setParameter(5, receipt.kind())
                .setParameter(6, receipt.reference())
                .setParameter(7, Timestamp.from(at))
                .executeUpdate();
    }

    private Optional<Receipt> one(String sql, String hash) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, hash).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Receipt((String) row[0], (String) row[1], (String) row[2], (String) row[3]));
    }
}
