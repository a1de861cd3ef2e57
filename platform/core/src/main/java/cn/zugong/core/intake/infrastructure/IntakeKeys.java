package cn.zugong.core.intake.infrastructure;

import cn.zugong.core.intake.domain.Hmac;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * The key that signs the channel's challenges and derives its receipt codes. An operator sets it
 * with the system property {@code zugong.intake.key}; otherwise the portal makes one on first use
 * and keeps it in {@code public_intake_secret}, the same for every node of a cluster (a challenge
 * issued by one node is checked by another).
 */
@ApplicationScoped
public class IntakeKeys {

    public static final String PROPERTY = "zugong.intake.key";

    @Inject
    KeyRow row;

    private volatile Hmac hmac;

    public Hmac hmac() {
        if (hmac == null) {
            String configured = System.getProperty(PROPERTY);
            hmac = new Hmac(
                    configured != null && !configured.isBlank()
                            ? configured.getBytes(StandardCharsets.UTF_8)
                            : HexFormat.of().parseHex(row.secret()));
        }
        return hmac;
    }

    /** The stored key, made in a transaction of its own so that a rolled-back caller keeps it. */
    @ApplicationScoped
    public static class KeyRow {

        @PersistenceContext(unitName = "zugong")
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public String secret() {
            List<?> rows = em.createNativeQuery("select secret from public_intake_secret where id = 1")
                    .getResultList();
            if (!rows.isEmpty()) {
                return (String) rows.get(0);
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String secret = HexFormat.of().formatHex(key);
            em.createNativeQuery("insert into public_intake_secret (id, secret) values (1, ?)")
                    .setParameter(1, secret)
                    .executeUpdate();
            return secret;
        }
    }
}
