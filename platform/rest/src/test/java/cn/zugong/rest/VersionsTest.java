package cn.zugong.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void anUpdateNamingTheCurrentVersionPasses() {
        assertThatCode(() -> Versions.check(3, "\"3\"", null)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.check(3, null, 3L)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.check(3, "\"1\", \"3\"", 3L)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.check(3, "*", null)).doesNotThrowAnyException();
    }

    @Test
    void aStaleIfMatchFailsThePrecondition() {
        assertThat(kind(() -> Versions.check(4, "\"3\"", null))).isEqualTo(ProblemKind.PRECONDITION_FAILED);
        assertThat(kind(() -> Versions.check(3, "W/\"3\"", null))).isEqualTo(ProblemKind.PRECONDITION_FAILED);
    }

    @Test
    void aStaleBodyVersionIsAConflict() {
        assertThat(kind(() -> Versions.check(4, null, 3L))).isEqualTo(ProblemKind.CONFLICT);
    }

    @Test
    void anUpdateNamingNoVersionIsRefused() {
        assertThat(kind(() -> Versions.check(4, null, null))).isEqualTo(ProblemKind.PRECONDITION_REQUIRED);
    }

    @Test
    void theEntityTagIsTheQuotedVersion() {
        assertThat(Versions.etag(7)).isEqualTo("\"7\"");
        assertThat(Versions.matches("7", 7)).isTrue();
    }

    private static ProblemKind kind(Runnable update) {
        return catchThrowableOfType(ApiException.class, update::run).problem().kind();
    }
}
