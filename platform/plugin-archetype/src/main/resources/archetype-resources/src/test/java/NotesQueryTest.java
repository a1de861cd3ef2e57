package ${package};

import static cn.zugong.testkit.context.CadreFixtures.PIDU;
import static cn.zugong.testkit.context.CadreFixtures.WENJIANG;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.indicator.Measure;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.TestTenancy;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The plugin's queries on H2 with its own migrations, each county behind the tenant filter. */
class NotesQueryTest {

    private final InMemoryPluginContext context = NotesContext.create();
    private final Notes notes = new Notes(context);

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aCountyReadsItsOwnNotesAndASupervisorReadsEveryCountyInScope() {
        notes.add("Wenjiang's note");
        context.actAs(TestTenancy.writing(PIDU));
        notes.add("Pidu's note");

        assertThat(notes.page(0, 10)).extracting(Note::text).containsExactly("Pidu's note");
        context.actAs(TestTenancy.reading(Set.of(WENJIANG, PIDU)));
        assertThat(notes.page(0, 10)).hasSize(2);
        assertThat(notes.canWrite()).isFalse();
    }

    @Test
    void theMonthsFigureCountsTheNotesSinceItsFirstDay() {
        notes.add("June");
        context.today(NotesContext.TODAY.plusMonths(1));
        notes.add("July");

        assertThat(notes.thisMonth(WENJIANG)).isEqualTo(new Measure(1, 2));
        assertThat(context.audited()).hasSize(2);
    }
}
