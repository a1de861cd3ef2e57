package cn.zugong.core.ballot.infrastructure;

import cn.zugong.core.db.StoredSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
    StoredSecrets secrets;

    private volatile CodeHasher hasher;

    public CodeHasher hasher() {
        if (hasher == null) {
            hasher = new CodeHasher(StoredSecrets.key(PROPERTY, () -> secrets.secret(StoredSecrets.Table.BALLOT)));
        }
        return hasher;
    }
}
