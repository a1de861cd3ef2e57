package cn.zugong.api.snippets;

import cn.zugong.api.security.PluginPermission;
import cn.zugong.api.view.PluginView;
import cn.zugong.api.view.ViewContribution;
import cn.zugong.api.view.Widgets;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

// spotless:off
class ViewSnippets {
    /** The plugin's page. */
    static class ExampleView extends VerticalLayout {}

    /** The plugin's permissions. */
    static final class ExamplePermissions {
        static final PluginPermission VIEW = new PluginPermission("example.view", Set.of("officer", "tenant-admin"));
    }

    @Extension // @start region=contribution
    public static class ExampleViews implements ViewContribution { // @replace substring="static " replacement=""
        public List<PluginView> views() {
            return List.of(new PluginView("example", ExampleView.class, "example.menu",
                    "vaadin:lightbulb", ExamplePermissions.VIEW));
        }
    }
    // @end

    PluginView view() {
        return new PluginView("example", ExampleView.class, "example.menu", "vaadin:lightbulb", // @start region=view @replace substring="return " replacement=""
                new PluginPermission("example.view", Set.of("officer", "tenant-admin")));
        // @end
    }

    @Tag("div")
    static class CourseForm extends Component {
        void widgets() {
            DatePicker start = Widgets.datePicker(getTranslation("course.start")); // @start region=widgets
            Upload upload = Widgets.upload();
            // @end
            add(start, upload);
        }

        void add(Component... components) {}
    }
}
// spotless:on
