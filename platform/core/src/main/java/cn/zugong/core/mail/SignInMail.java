package cn.zugong.core.mail;

import cn.zugong.core.i18n.PortalMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sign-in instructions for a new account (a tenant's first admin, a user a tenant-admin adds): the
 * login name, the temporary password and the portal's address ({@code zugong.portal.url}, else
 * {@code ZUGONG_PORTAL_URL}), in the user's language, sent at once through the configured SMTP
 * server so that the caller knows whether to show the password instead. Neither the address nor
 * the password is ever logged.
 */
@ApplicationScoped
public class SignInMail {

    private static final Logger LOG = Logger.getLogger(SignInMail.class.getName());

    Supplier<Optional<SmtpSettings>> smtp = SmtpSettings::current;

    private final PortalMessages messages = new PortalMessages(Optional.empty());

    /** Whether sign-in mails can go out at all: SMTP is configured. */
    public boolean available() {
        return smtp.get().isPresent();
    }

    /**
     * Mails the instructions.
     *
     * @return whether the mail went out: false without SMTP, without an address, or when the server
     *     refused it (then the caller shows the password)
     */
    public boolean send(String email, String username, String displayName, Locale language, String password) {
        Optional<SmtpSettings> settings = smtp.get();
        if (settings.isEmpty() || email == null || email.isBlank()) {
            return false;
        }
        try {
            Transport.send(message(settings.get(), email, username, displayName, language, password));
            return true;
        } catch (MessagingException | RuntimeException failure) {
            LOG.log(
                    Level.WARNING,
                    "Sign-in instructions could not be mailed: {0}",
                    failure.getClass().getSimpleName());
            return false;
        }
    }

    private MimeMessage message(
            SmtpSettings settings, String email, String username, String name, Locale language, String password)
            throws MessagingException {
        String url = portalUrl();
        MimeMessage message = new MimeMessage(settings.session());
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(email, true));
        message.setSubject(messages.translate("signin.mail.subject", language, username), "UTF-8");
        message.setText(
                url.isEmpty()
                        ? messages.translate("signin.mail.bodyNoLink", language, name, username, password)
                        : messages.translate("signin.mail.body", language, name, username, password, url),
                "UTF-8");
        return message;
    }

    static String portalUrl() {
        String url = System.getProperty("zugong.portal.url");
        if (url == null || url.isBlank()) {
            url = System.getenv("ZUGONG_PORTAL_URL");
        }
        return url == null ? "" : url.strip();
    }
}
