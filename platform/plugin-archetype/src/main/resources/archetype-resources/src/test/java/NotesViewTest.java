package ${package};

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.testkit.context.CadreFixtures;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.TestTenancy;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page without a browser (Karibu-Testing): {@code PluginContext.of} answers with the in-memory
 * context, as the platform answers for a started plugin, and the texts come from the plugin's bundles.
 */
class NotesViewTest {

    private final InMemoryPluginContext context = NotesContext.create();

    @BeforeEach
    void open() {
        System.setProperty("vaadin.i18n.provider", NotesTranslations.class.getName());
        PluginContext.provide(loader -> Optional.of(context));
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
        context.close();
    }

    @Test
    void anOfficerAddsANoteAndSeesItListed() {
        NotesView view = new NotesView();
        UI.getCurrent().add(view);

        _get(view, TextField.class, spec -> spec.withId(NotesPlugin.ID + "-text")).setValue("第一条记事");
        _click(_get(view, Button.class, spec -> spec.withId(NotesPlugin.ID + "-add")));

        Grid<?> grid = _get(view, Grid.class, spec -> spec.withId(NotesPlugin.ID + "-notes"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
    }

    @Test
    void anEmptyNoteIsRefusedOnItsField() {
        NotesView view = new NotesView();
        UI.getCurrent().add(view);

        _click(_get(view, Button.class, spec -> spec.withId(NotesPlugin.ID + "-add")));

        TextField text = _get(view, TextField.class, spec -> spec.withId(NotesPlugin.ID + "-text"));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("请填写记事内容");
    }

    @Test
    void aSupervisorCannotAdd() {
        context.actAs(TestTenancy.reading(Set.of(CadreFixtures.WENJIANG, CadreFixtures.PIDU)));
        NotesView view = new NotesView();

        assertThat(_get(view, Button.class, spec -> spec.withId(NotesPlugin.ID + "-add")).isEnabled()).isFalse();
    }
}
