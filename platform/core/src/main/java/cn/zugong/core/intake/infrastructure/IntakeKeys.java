package cn.zugong.core.intake.infrastructure;

import cn.zugong.core.db.StoredSecrets;
import cn.zugong.core.intake.domain.Hmac;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
    StoredSecrets secrets;

    private volatile Hmac hmac;

    public Hmac hmac() {
        if (hmac == null) {
            hmac = new Hmac(StoredSecrets.key(PROPERTY, () -> secrets.secret(StoredSecrets.Table.PUBLIC_INTAKE)));
        }
        return hmac;
    }
}
