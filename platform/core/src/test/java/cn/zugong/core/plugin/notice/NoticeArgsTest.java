package cn.zugong.core.plugin.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A notice's arguments come back exactly as the plugin posted them. */
class NoticeArgsTest {

    @Test
    void anyTextComesBackAsItWasPosted() {
        List<String> args =
                List.of("\u5f20\u4e09", "a,b", "say \"hi\"", "C:\\temp", "line\nbreak\ttab\r", "\u0001", "", "[\"]");

        assertThat(NoticeArgs.decode(NoticeArgs.encode(args))).containsExactlyElementsOf(args);
    }

    @Test
    void noArgumentsAreAnEmptyArray() {
        assertThat(NoticeArgs.encode(List.of())).isEqualTo("[]");
        assertThat(NoticeArgs.decode("[]")).isEmpty();
    }

    @Test
    void storedTextNotWrittenByTheEncoderIsRefused() {
        assertThatThrownBy(() -> NoticeArgs.decode("a,b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoticeArgs.decode("[\"open")).isInstanceOf(IllegalArgumentException.class);
    }
}
