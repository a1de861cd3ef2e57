package cn.zugong.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The catalogue of the platform's actions, which the trail holds every platform action to. */
class AuditActionsTest {

    @Test
    void aListedPlatformActionIsKnown() {
        assertThat(AuditActions.known("cadre.family.remove")).isTrue();
        assertThat(AuditActions.known("selection.record.print")).isTrue();
    }

    @Test
    void anUnlistedActionOfAPlatformFeatureIsNot() {
        assertThat(AuditActions.known("cadre.family.erase")).isFalse();
        assertThat(AuditActions.known("selection")).isFalse();
    }

    @Test
    void aPluginsActionsAreItsOwnToList() {
        assertThat(AuditActions.known("training.course.create")).isTrue();
        assertThat(AuditActions.known("training.publication.publish")).isTrue();
    }
}
