package cn.zugong.core.ballot.infrastructure;

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
 * The key of the codes' hash. An operator sets it outside the database with the system property
 * {@code zugong.ballot.code-key} (then a copy of the database alone gives nobody a way to test
 * codes); otherwise the portal makes one on first use and keeps it in {@code ballot_secret}, the
 * same for every node of a cluster.
 */
@ApplicationScoped
public class CodeKeys {

    public static final String PROPERTY = "zugong.ballot.code-key";

    @Inject
    KeyRow row;

    private volatile CodeHasher hasher;

    public CodeHasher hasher() {
        if (hasher == null) {
            String configured = System.getProperty(PROPERTY);
            hasher = new CodeHasher(
                    configured != null && !configured.isBlank()
                            ? configured.getBytes(StandardCharsets.UTF_8)
                            : HexFormat.of().parseHex(row.secret()));
        }
        return hasher;
    }

    /** The stored key, made in a transaction of its own so that a rolled-back caller keeps it. */
    @ApplicationScoped
    public static class KeyRow {

        @PersistenceContext(unitName = "zugong")
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public String secret() {
            List<?> rows = em.createNativeQuery("select secret from ballot_secret where id = 1")
                    .getResultList();
            if (!rows.isEmpty()) {
                return (String) rows.get(0);
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String secret = HexFormat.of().formatHex(key);
            em.createNativeQuery("insert into ballot_secret (id, secret) values (1, ?)")
                    .setParameter(1, secret)
                    .executeUpdate();
            return secret;
        }
    }
}
