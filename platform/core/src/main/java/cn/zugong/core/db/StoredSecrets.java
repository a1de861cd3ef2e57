package cn.zugong.core.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Keys the portal makes once and keeps in a one-row table, the same for every node of a cluster
 * (the ballot codes' hash key, the public page's signing key), unless an operator sets the key
 * outside the database with a system property: then a copy of the database alone gives nobody the
 * key.
 */
@ApplicationScoped
public class StoredSecrets {

    /** The one-row tables that hold a key ({@code id = 1}, {@code secret} in hex). */
    public enum Table {
        BALLOT("ballot_secret"),
        PUBLIC_INTAKE("public_intake_secret");

        private final String name;

        Table(String name) {
            this.name = name;
        }
    }

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    /**
     * The key of {@code property} when an operator set it, otherwise the stored one, read (and made
     * on first use) by {@code stored}.
     */
    public static byte[] key(String property, Supplier<String> stored) {
        String configured = System.getProperty(property);
        return configured != null && !configured.isBlank()
                ? configured.getBytes(StandardCharsets.UTF_8)
                : HexFormat.of().parseHex(stored.get());
    }

    /** The stored key in hex, made in a transaction of its own so that a rolled-back caller keeps it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String secret(Table table) {
        List<?> rows = em.createNativeQuery("select secret from " + table.name + " where id = 1")
                .getResultList();
        if (!rows.isEmpty()) {
            return (String) rows.get(0);
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String secret = HexFormat.of().formatHex(key);
        em.createNativeQuery("insert into " + table.name + " (id, secret) values (1, ?)")
                .setParameter(1, secret)
                .executeUpdate();
        return secret;
    }
}
