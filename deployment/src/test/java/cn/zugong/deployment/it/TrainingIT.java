package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 6: the training-credits plugin, installed with the platform, enabled by Wenjiang's
 * tenant-admin only: Wenjiang's officer gets its pages, with Wenjiang's cadres measured against the
 * training rules, and its indicator on the dashboard; Pidu's officer gets neither.
 */
@ExtendWith(FullStack.class)
class TrainingIT {

    private static final String MENU = "培训班次";

    @Test
    void enabledInWenjiangOnlyTheTrainingPagesAndIndicatorServeWenjiangAndNotPidu() throws Exception {
        Plugins.setEnabled("wenjiang-admin", "training", MENU, true);
        try {
            try (Browser wenjiang = Browser.as("wenjiang-officer", "training/shortfall")) {
                wenjiang.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("training-shortfall")));
                assertThat(wenjiang.navText()).contains(MENU);
                // The demo cadres have no training records yet: those the rules apply to are short.
                wenjiang.wait.until(d -> !wenjiang.driver
                        .findElements(By.cssSelector("#training-shortfall-year vaadin-grid-cell-content"))
                        .isEmpty());

                wenjiang.go("training");
                wenjiang.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("training-courses")));
                assertThat(wenjiang.present("training-course-new")).isTrue();

                wenjiang.go("dashboard");
                wenjiang.wait.until(
                        ExpectedConditions.visibilityOfElementLocated(By.id("indicator-training-completion")));
            }
            try (Browser pidu = Browser.as("pidu-officer", "training")) {
                pidu.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-denied")));
                assertThat(pidu.present("training-courses")).isFalse();
                assertThat(pidu.navText()).doesNotContain(MENU);
                pidu.go("dashboard");
                pidu.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard-indicators")));
                assertThat(pidu.present("indicator-training-completion")).isFalse();
            }
        } finally {
            Plugins.setEnabled("wenjiang-admin", "training", MENU, false);
        }
    }
}
