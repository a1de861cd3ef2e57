package cn.zugong.core.mail;

import java.util.Locale;
import java.util.Set;

/**
 * A user of a county who chose to receive its notices by e-mail, as recorded with the choice.
 *
 * @param county the county's code
 * @param roles the user's realm roles when they last chose or opened the notices page
 */
public record MailRecipient(String county, String username, String email, Locale language, Set<String> roles) {

    public MailRecipient {
        roles = Set.copyOf(roles);
    }
}
