package cn.zugong.core.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * The SMTP server notices are mailed through: system properties {@code zugong.smtp.host},
 * {@code .port}, {@code .username}, {@code .password}, {@code .from}, {@code .starttls}, each
 * falling back to the environment ({@code ZUGONG_SMTP_HOST} …). Configured when a host and a
 * sender address are set.
 *
 * @param username empty for a server without authentication
 */
public record SmtpSettings(
        String host, int port, Optional<String> username, String password, String from, boolean startTls) {

    /** The settings of this process, if SMTP is configured. */
    public static Optional<SmtpSettings> current() {
        return of(name -> {
            String property = System.getProperty("zugong.smtp." + name);
            return property != null
                    ? property
                    : System.getenv("ZUGONG_SMTP_" + name.toUpperCase(java.util.Locale.ROOT));
        });
    }

    /** The settings that {@code setting} (by name: host, port …) gives, if SMTP is configured. */
    static Optional<SmtpSettings> of(UnaryOperator<String> setting) {
        String host = blankToNull(setting.apply("host"));
        String from = blankToNull(setting.apply("from"));
        if (host == null || from == null) {
            return Optional.empty();
        }
        String port = blankToNull(setting.apply("port"));
        String password = setting.apply("password");
        return Optional.of(new SmtpSettings(
                host,
                port == null ? 25 : Integer.parseInt(port.strip()),
                Optional.ofNullable(blankToNull(setting.apply("username"))),
                password == null ? "" : password,
                from,
                Boolean.parseBoolean(setting.apply("starttls"))));
    }

    /** A Jakarta Mail session on this server, signed in when a user name is set. */
    Session session() {
        return Session.getInstance(
                properties(),
                username.isEmpty()
                        ? null
                        : new Authenticator() {
                            @Override
                            protected PasswordAuthentication getPasswordAuthentication() {
                                return new PasswordAuthentication(username.orElseThrow(), password);
                            }
                        });
    }

    /** The Jakarta Mail session properties. */
    Properties properties() {
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.auth", Boolean.toString(username.isPresent()));
        props.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        props.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        return props;
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", starttls=" + startTls + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
