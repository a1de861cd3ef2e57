package cn.zugong.core.plugin.install;

import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.audit.PlatformAction;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The vendor certificates plugin signatures are checked against, and whether unsigned plugins are
 * allowed (a development setting, off by default). Only the platform-secadmin changes them.
 */
@ApplicationScoped
@Transactional
public class VendorKeys {

    static final String ALLOW_UNSIGNED = "plugin.allow-unsigned";
    private static final Logger LOG = Logger.getLogger(VendorKeys.class.getName());

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    Event<PlatformAction> platformActions;

    public List<VendorKey> list() {
        return em.createQuery("select k from VendorKey k order by k.subject", VendorKey.class)
                .getResultList();
    }

    public Set<String> fingerprints() {
        return list().stream().map(VendorKey::fingerprint).collect(Collectors.toSet());
    }

    /**
     * Registers a certificate given as PEM (or DER).
     *
     * @throws ValidationException when it is not a certificate, or is registered already
     */
    public VendorKey add(byte[] certificate) {
        String user = requireSecadmin();
        X509Certificate parsed = parse(certificate);
        String fingerprint = JarSignatures.fingerprint(parsed);
        if (em.find(VendorKey.class, fingerprint) != null) {
            throw new ValidationException(List.of(new Problem("certificate", "plugin.key.duplicate")));
        }
        VendorKey key = new VendorKey(
                fingerprint,
                parsed.getSubjectX500Principal().getName(),
                new String(certificate, StandardCharsets.US_ASCII),
                user,
                Instant.now());
        em.persist(key);
        platformActions.fire(
                new PlatformAction("vendorkey.add", "vendor_key", fingerprint, key.subject(), null, json(key)));
        LOG.info(() -> "Vendor key added by " + user + ": " + key.subject() + " " + fingerprint);
        return key;
    }

    public void remove(String fingerprint) {
        String user = requireSecadmin();
        VendorKey key = em.find(VendorKey.class, fingerprint);
        if (key != null) {
            em.remove(key);
            platformActions.fire(
                    new PlatformAction("vendorkey.remove", "vendor_key", fingerprint, key.subject(), json(key), null));
            LOG.info(() -> "Vendor key removed by " + user + ": " + key.subject() + " " + fingerprint);
        }
    }

    public boolean allowUnsigned() {
        PlatformSetting setting = em.find(PlatformSetting.class, ALLOW_UNSIGNED);
        return setting != null && Boolean.parseBoolean(setting.value());
    }

    public void allowUnsigned(boolean allow) {
        String user = requireSecadmin();
        PlatformSetting setting = em.find(PlatformSetting.class, ALLOW_UNSIGNED);
        boolean before = setting != null && Boolean.parseBoolean(setting.value());
        platformActions.fire(new PlatformAction(
                "vendorkey.unsigned",
                "platform_setting",
                ALLOW_UNSIGNED,
                ALLOW_UNSIGNED,
                AuditJson.of(Map.of("allowUnsigned", before)),
                AuditJson.of(Map.of("allowUnsigned", allow))));
        if (setting == null) {
            setting = new PlatformSetting(ALLOW_UNSIGNED);
            setting.change(Boolean.toString(allow), user, Instant.now());
            em.persist(setting);
        } else {
            setting.change(Boolean.toString(allow), user, Instant.now());
        }
        LOG.warning(() -> "Unsigned plugins " + (allow ? "ALLOWED" : "refused") + " by " + user);
    }

    private static String json(VendorKey key) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("fingerprint", key.fingerprint());
        fields.put("subject", key.subject());
        return AuditJson.of(fields);
    }

    static X509Certificate parse(byte[] certificate) {
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(certificate));
        } catch (CertificateException | ClassCastException e) {
            throw new ValidationException(List.of(new Problem("certificate", "plugin.key.invalid")));
        }
    }

    private static String requireSecadmin() {
        if (!CurrentUserHolder.hasRole(CurrentUser.PLATFORM_SECADMIN)) {
            throw new AccessDeniedException("error.access.denied");
        }
        return CurrentUserHolder.current().map(CurrentUser::username).orElse("?");
    }
}
