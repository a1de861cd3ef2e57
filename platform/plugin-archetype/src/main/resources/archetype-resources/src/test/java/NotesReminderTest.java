package ${package};

import static cn.zugong.testkit.context.CadreFixtures.WENJIANG;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.testkit.context.InMemoryPluginContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The daily job, run as the platform runs it: for one county, as that county's writable tenant. */
class NotesReminderTest {

    private final InMemoryPluginContext context = NotesContext.create();
    private final NotesReminder job = new NotesReminder(context);

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void postsANoticeWhileTheMonthHasNoNoteAndWithdrawsItAfterwards() {
        job.run(WENJIANG);
        assertThat(context.notices(WENJIANG)).containsOnlyKeys(NotesReminder.NOTICE);

        new Notes(context).add("Written");
        job.run(WENJIANG);
        assertThat(context.notices(WENJIANG)).isEmpty();
    }
}
