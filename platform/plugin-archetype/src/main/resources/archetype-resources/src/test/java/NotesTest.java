package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class NotesTest {

    @Test
    void theMonthStartsOnItsFirstDayAtMidnight() {
        assertThat(Notes.startOfMonth(LocalDate.of(2025, 3, 31))).isEqualTo(LocalDateTime.of(2025, 3, 1, 0, 0));
        assertThat(Notes.startOfMonth(LocalDate.of(2024, 2, 1))).isEqualTo(LocalDateTime.of(2024, 2, 1, 0, 0));
    }
}
