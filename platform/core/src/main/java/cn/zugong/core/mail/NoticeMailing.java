package cn.zugong.core.mail;

import cn.zugong.core.i18n.PortalMessages;
import cn.zugong.core.plugin.notice.NoticePosted;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mails one notice, in each recipient's language, through a plain Jakarta Mail session built from
 * the {@link SmtpSettings} (no server mail session to configure). The subject and the body are the
 * portal's texts around the plugin's text of the notice, as the notices page shows it.
 */
public final class NoticeMailing {

    private static final Logger LOG = Logger.getLogger(NoticeMailing.class.getName());

    private final SmtpSettings settings;
    private final PortalMessages messages;
    private final Session session;

    public NoticeMailing(SmtpSettings settings, PortalMessages messages) {
        this.settings = settings;
        this.messages = messages;
        this.session = settings.session();
    }

    /**
     * Who of the chosen users receives the notice: those of its county whose recorded roles hold
     * its audience permission there, the county's granted roles once it granted the permission,
     * the permission's default roles until then (the notice board's rule).
     *
     * @param granted the county's grants, permission to roles
     */
    public static List<MailRecipient> audience(
            NoticePosted notice, List<MailRecipient> chosen, Map<String, Set<String>> granted) {
        Set<String> holders = granted.getOrDefault(notice.permission(), notice.defaultRoles());
        return chosen.stream()
                .filter(r -> r.county().equals(notice.county()))
                .filter(r -> r.roles().stream().anyMatch(holders::contains))
                .toList();
    }

    /**
     * Sends the notice to each recipient; a failed mail is logged (without the address) and does
     * not stop the others.
     *
     * @return how many mails failed
     */
    public int send(NoticePosted notice, List<MailRecipient> recipients) {
        int failed = 0;
        for (MailRecipient recipient : recipients) {
            try {
                Transport.send(message(notice, recipient));
            } catch (MessagingException | RuntimeException failure) {
                failed++;
                LOG.log(
                        Level.WARNING,
                        "A notice of plugin {0} in county {1} could not be mailed to one recipient: {2}",
                        new Object[] {
                            notice.pluginId(),
                            notice.county(),
                            failure.getClass().getSimpleName()
                        });
            }
        }
        return failed;
    }

    private MimeMessage message(NoticePosted notice, MailRecipient recipient) throws MessagingException {
        String text = messages.translate(
                notice.messageKey(), recipient.language(), notice.args().toArray());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient.email(), true));
        message.setSubject(messages.translate("notices.mail.subject", recipient.language(), text), "UTF-8");
        message.setText(messages.translate("notices.mail.body", recipient.language(), text), "UTF-8");
        return message;
    }
}
