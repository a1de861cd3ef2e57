package cn.zugong.ui.notice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.i18n.PortalMessages;
import cn.zugong.core.mail.MailRecipient;
import cn.zugong.core.mail.NoticeMailing;
import cn.zugong.core.mail.SmtpSettings;
import cn.zugong.core.plugin.notice.NoticePosted;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A notice mail's words come from the portal's bundles, in the recipient's language (Chinese
 * unless English), around the notice's own text, through a GreenMail SMTP server.
 */
class NoticeMailTextTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final NoticePosted QUOTA = new NoticePosted(
            "510115", "training", "training.view", Set.of("officer"), "selection.gate.quota.free", List.of("5", "3"));

    @Test
    void theMailIsWordedInTheRecipientsLanguage() throws Exception {
        SmtpSettings smtp = new SmtpSettings(
                "localhost", SMTP.getSmtp().getPort(), Optional.empty(), "", "zugong@example.cn", false);
        List<MailRecipient> recipients = NoticeMailing.audience(
                QUOTA,
                List.of(
                        new MailRecipient("510115", "wang", "wang@example.cn", Locale.GERMAN, Set.of("officer")),
                        new MailRecipient("510115", "li", "li@example.cn", Locale.UK, Set.of("officer"))),
                Map.of());

        int failed = new NoticeMailing(smtp, new PortalMessages(Optional.empty())).send(QUOTA, recipients);

        assertThat(failed).isZero();
        assertThat(SMTP.waitForIncomingEmail(5000, 2)).isTrue();
        assertThat(mailTo("wang@example.cn").getSubject()).isEqualTo("【组工】核定职数 5 名，已配 3 名，有空缺。");
        assertThat(mailTo("wang@example.cn").getContent().toString())
                .startsWith("您好：")
                .contains("核定职数 5 名，已配 3 名，有空缺。")
                .contains("“通知”页面");
        assertThat(mailTo("li@example.cn").getSubject()).isEqualTo("[Zugong] 5 approved, 3 held: a post is free.");
        assertThat(mailTo("li@example.cn").getContent().toString())
                .startsWith("Hello,")
                .contains("turn them off on the Notices page");
    }

    private static MimeMessage mailTo(String address) throws Exception {
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            if (mail.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                return mail;
            }
        }
        throw new AssertionError("No mail to " + address);
    }
}
