package cn.zugong.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.mail.SignInMail;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A user a tenant-admin adds gets their sign-in instructions by e-mail when SMTP is configured
 * (GreenMail here), in their language, and the password is then shown to nobody; without SMTP, an
 * address or a willing server, the admin is shown the password as before.
 */
class SignInMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final CountyUsers users = new CountyUsers();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void wenjiangsAdminWithSmtp() {
        users.identity = new CountyUsersTest.Identity();
        users.actions = new CountyUsersTest.Recorder(new ArrayList<>());
        users.signInMail = new SignInMail();
        smtp(SMTP.getSmtp().getPort());
        System.setProperty("zugong.portal.url", "https://zugong.example.cn/");
        CurrentUserHolder.set(
                new CurrentUser("wenjiang-admin", "Admin", Set.of("tenant-admin"), Set.of("/51/5101/510115")));
        TenancyHolder.set(Tenancy.writing(new TenantId("510115")));
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void clear() {
        Logger.getLogger("").removeHandler(capture);
        for (String name : List.of("host", "port", "from")) {
            System.clearProperty("zugong.smtp." + name);
        }
        System.clearProperty("zugong.portal.url");
        CurrentUserHolder.clear();
        TenancyHolder.clear();
    }

    private static void smtp(int port) {
        System.setProperty("zugong.smtp.host", "localhost");
        System.setProperty("zugong.smtp.port", Integer.toString(port));
        System.setProperty("zugong.smtp.from", "zugong@example.cn");
    }

    @Test
    void anEnglishSpeakerGetsEnglishInstructionsAndThePasswordIsShownToNobody() throws Exception {
        CountyUsers.WithPassword added = users.add(
                new IdentityAdmin.NewUser("wj-officer", "Li Si", "lisi@example.cn", Locale.ENGLISH), Set.of("officer"));

        assertThat(added.mailed()).isTrue();
        assertThat(added.temporaryPassword()).as("not shown to the admin").isNull();
        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("lisi@example.cn");
        assertThat(mails[0].getSubject()).contains("wj-officer").contains("account");
        String body = mails[0].getContent().toString();
        assertThat(body)
                .contains("Li Si")
                .contains("wj-officer")
                .contains("https://zugong.example.cn/")
                .containsPattern("Temporary password: [A-Za-z0-9]{14}");
        String password = body.replaceAll("(?s).*Temporary password: ([A-Za-z0-9]{14}).*", "$1");
        assertThat(logged)
                .noneMatch(r -> String.valueOf(r.getMessage()).contains(password)
                        || String.valueOf(r.getMessage()).contains("lisi@example.cn"));
    }

    @Test
    void aChineseSpeakerGetsChineseInstructions() throws Exception {
        users.add(new IdentityAdmin.NewUser("wj-viewer", "王五", "wangwu@example.cn"), Set.of("viewer"));

        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getSubject()).contains("账号");
        assertThat(mail.getContent().toString()).contains("王五").contains("临时密码");
    }

    @Test
    void withoutAnAddressTheAdminIsShownThePassword() {
        CountyUsers.WithPassword added = users.add(new IdentityAdmin.NewUser("wj-clerk", "赵六", ""), Set.of("officer"));

        assertThat(added.mailed()).isFalse();
        assertThat(added.temporaryPassword()).hasSize(14);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void withoutSmtpOrWhenTheServerFailsTheAdminIsShownThePassword() {
        System.clearProperty("zugong.smtp.host");
        CountyUsers.WithPassword unconfigured =
                users.add(new IdentityAdmin.NewUser("wj-one", "One", "one@example.cn"), Set.of("officer"));
        smtp(1);
        CountyUsers.WithPassword refused =
                users.add(new IdentityAdmin.NewUser("wj-two", "Two", "two@example.cn"), Set.of("officer"));

        assertThat(unconfigured.mailed()).isFalse();
        assertThat(unconfigured.temporaryPassword()).hasSize(14);
        assertThat(refused.mailed()).isFalse();
        assertThat(refused.temporaryPassword()).hasSize(14);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(logged).noneMatch(r -> String.valueOf(r.getMessage()).contains("two@example.cn"));
    }
}
