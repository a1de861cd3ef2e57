package cn.zugong.core.mail;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.application.PluginGrants;
import cn.zugong.core.plugin.notice.NoticeBoard;
import cn.zugong.core.plugin.notice.NoticePosted;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the current user also receives their county's notices by e-mail, and who of a county
 * does. Offered only when SMTP is configured, to those who read a county's notices ({@link
 * NoticeBoard#county()}); the address is the one of the user's token.
 */
@ApplicationScoped
@Transactional
public class NoticeMailPreferences {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    PluginGrants grants;

    Clock clock = Clock.systemUTC();

    /** Whether the choice is offered: SMTP is configured and the user reads a county's notices. */
    public boolean offered() {
        return SmtpSettings.current().isPresent() && NoticeBoard.county().isPresent();
    }

    /** Whether the current user chose to receive notices by e-mail. */
    public boolean chosen() {
        return own().map(NoticeMailPreference::enabled).orElse(false);
    }

    /**
     * Records the current user's choice with their token's address and roles and their language.
     *
     * @param email the address of the user's token; switching on needs one
     */
    public void choose(boolean enabled, Optional<String> email, Locale language) {
        NoticeBoard.county().orElseThrow(() -> new IllegalStateException("Only a county's staff receive its notices"));
        CurrentUser user = CurrentUserHolder.current().orElseThrow();
        String address = email.filter(e -> !e.isBlank()).map(String::strip).orElse("");
        if (enabled && address.isEmpty()) {
            throw new IllegalArgumentException("Notices by e-mail need the address of the user's account");
        }
        if (address.length() > NoticeMailPreference.MAX_EMAIL) {
            throw new IllegalArgumentException("An e-mail address longer than " + NoticeMailPreference.MAX_EMAIL);
        }
        Optional<NoticeMailPreference> existing = own();
        NoticeMailPreference preference = existing.orElseGet(() -> new NoticeMailPreference(user.username()));
        preference.update(enabled, address, language, user.roles(), clock.instant());
        if (existing.isEmpty()) {
            em.persist(preference);
        }
    }

    /**
     * Keeps a user's choice up to date with their token (address, roles) and language, when they
     * chose mail already; nothing otherwise.
     */
    public void refresh(Optional<String> email, Locale language) {
        if (chosen() && email.filter(e -> !e.isBlank()).isPresent()) {
            choose(true, email, language);
        }
    }

    /**
     * Who receives the notice by e-mail ({@link NoticeMailing#audience}), read in the request's
     * county. In a transaction of its own: the mailer asks after the posting transaction committed,
     * when that one is still bound to the thread but no longer active.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<MailRecipient> recipients(NoticePosted notice) {
        return NoticeMailing.audience(notice, chosenIn(notice.county()), grants.granted());
    }

    /** The users of the county who chose notices by e-mail, as recorded with their choice. */
    List<MailRecipient> chosenIn(String county) {
        return em.createQuery(
                        "select p from NoticeMailPreference p where p.tenantId = :county and p.enabled = true"
                                + " order by p.username",
                        NoticeMailPreference.class)
                .setParameter("county", county)
                .getResultStream()
                .map(NoticeMailPreference::recipient)
                .toList();
    }

    private Optional<NoticeMailPreference> own() {
        Optional<TenantId> county = NoticeBoard.county();
        Optional<String> username = CurrentUserHolder.current().map(CurrentUser::username);
        if (county.isEmpty() || username.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select p from NoticeMailPreference p where p.tenantId = :county and p.username = :user",
                        NoticeMailPreference.class)
                .setParameter("county", county.get().code())
                .setParameter("user", username.get())
                .getResultStream()
                .findFirst();
    }
}
