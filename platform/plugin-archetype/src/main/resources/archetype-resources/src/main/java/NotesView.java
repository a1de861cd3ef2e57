package ${package};

import static ${package}.NotesPlugin.key;

import cn.zugong.api.plugin.PluginContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.format.DateTimeFormatter;

/**
 * The notes page: the county's notes, newest first, and a field to add one. It carries no
 * {@code @Route}: the platform registers it (see {@link NotesViews}) while the plugin is enabled for
 * the user's county and the user holds {@code NotesPlugin.VIEW}. Every text comes from the plugin's
 * bundles through {@code getTranslation}.
 */
public class NotesView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Notes notes = new Notes(PluginContext.of(NotesView.class));
    private final Grid<Note> grid = new Grid<>();
    private final TextField text = new TextField();

    public NotesView() {
        setId(NotesPlugin.ID + "-view");
        text.setLabel(getTranslation(key("note.text")));
        text.setMaxLength(NoteText.MAX_LENGTH);
        text.setWidth("32em");
        text.setId(NotesPlugin.ID + "-text");
        Button add = new Button(getTranslation(key("note.add")), e -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId(NotesPlugin.ID + "-add");
        add.setEnabled(notes.canWrite());
        HorizontalLayout form = new HorizontalLayout(text, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId(NotesPlugin.ID + "-notes");
        grid.addColumn(Note::text).setHeader(getTranslation(key("note.text"))).setFlexGrow(1);
        grid.addColumn(note -> WHEN.format(note.createdAt()))
                .setHeader(getTranslation(key("note.created")))
                .setAutoWidth(true);
        // Lazy: the grid asks for the rows it shows, a page at a time.
        grid.setItems(query -> notes.page(query.getOffset(), query.getLimit()).stream());

        add(new H2(getTranslation(key("title"))), form, grid);
        setSizeFull();
    }

    private void add() {
        try {
            notes.add(text.getValue());
            text.clear();
            text.setInvalid(false);
            grid.getDataProvider().refreshAll();
        } catch (NoteText.Refused refused) {
            text.setErrorMessage(getTranslation(refused.key(), NoteText.MAX_LENGTH));
            text.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(key("title"));
    }
}
