package ${package};

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NoteTextTest {

    @Test
    void surroundingBlanksAreRemoved() {
        assertThat(new NoteText("  开会纪要 \n").value()).isEqualTo("开会纪要");
    }

    @Test
    void anEmptyNoteIsRefusedWithTheReasonsMessageKey() {
        assertThatThrownBy(() -> new NoteText("   "))
                .isInstanceOfSatisfying(
                        NoteText.Refused.class, refused -> assertThat(refused.key()).isEqualTo(NotesPlugin.ID + ".note.empty"));
    }

    @Test
    void fiveHundredCharactersFitAndOneMoreDoesNot() {
        assertThat(new NoteText("记".repeat(500)).value()).hasSize(500);
        assertThatThrownBy(() -> new NoteText("记".repeat(501)))
                .isInstanceOfSatisfying(
                        NoteText.Refused.class,
                        refused -> assertThat(refused.key()).isEqualTo(NotesPlugin.ID + ".note.tooLong"));
    }

    @Test
    void charactersOutsideTheBasicPlaneCountOnceAsTheDatabaseCountsThem() {
        String rare = "\uD840\uDC00"; // one CJK Extension B character, two UTF-16 units
        assertThat(new NoteText(rare.repeat(500)).value()).hasSize(1000);
    }
}
