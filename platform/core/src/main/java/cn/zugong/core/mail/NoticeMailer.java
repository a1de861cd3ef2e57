package cn.zugong.core.mail;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.i18n.PortalMessages;
import cn.zugong.core.ops.OpsMetrics;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.notice.NoticePosted;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mails each notice posted in a county, once its transaction committed, to the county's users who
 * chose so and whose recorded roles hold its audience ({@link NoticeMailing#audience}). The
 * recipients are found in the posting thread (the county's tenancy); the mails go out on the
 * server's managed executor, so that a slow or absent SMTP server delays no request. Nothing
 * happens when SMTP is not configured; a failure is logged and counted, never thrown.
 */
@ApplicationScoped
public class NoticeMailer {

    private static final Logger LOG = Logger.getLogger(NoticeMailer.class.getName());

    @Inject
    NoticeMailPreferences preferences;

    @Inject
    PluginHost plugins;

    /** The server's default managed executor. */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    Executor executor;

    Supplier<Optional<SmtpSettings>> smtp = SmtpSettings::current;

    private final AtomicLong failed = new AtomicLong();

    void posted(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticePosted notice) {
        try {
            Optional<SmtpSettings> settings = smtp.get();
            if (settings.isEmpty() || !postedHere(notice)) {
                return;
            }
            List<MailRecipient> recipients = preferences.recipients(notice);
            if (recipients.isEmpty()) {
                return;
            }
            NoticeMailing mailing = new NoticeMailing(settings.get(), new PortalMessages(Optional.of(plugins)));
            executor.execute(() -> {
                int failures = mailing.send(notice, recipients);
                failed.addAndGet(failures);
                OpsMetrics.noticeMails(recipients.size() - failures, failures);
            });
        } catch (RuntimeException failure) {
            failed.incrementAndGet();
            OpsMetrics.noticeMails(0, 1);
            LOG.log(Level.WARNING, "The notice of plugin {0} in county {1} could not be mailed: {2}", new Object[] {
                notice.pluginId(), notice.county(), failure.getClass().getSimpleName()
            });
        }
    }

    /** How many notice mails failed since the start. */
    public long failed() {
        return failed.get();
    }

    /** The request still writes in the notice's county: its grants and choices are the ones read. */
    private static boolean postedHere(NoticePosted notice) {
        return TenancyHolder.current()
                .writable()
                .map(TenantId::code)
                .filter(notice.county()::equals)
                .isPresent();
    }
}
