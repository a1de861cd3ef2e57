package cn.zugong.api.view;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Extension point: the pages a plugin adds. Example:
 *
 * <pre>{@code
 * @Extension
 * public class ExampleViews implements ViewContribution {
 *     public List<PluginView> views() {
 *         return List.of(new PluginView("example", ExampleView.class, "example.menu",
 *                 "vaadin:lightbulb", ExamplePermissions.VIEW));
 *     }
 * }
 * }</pre>
 */
public interface ViewContribution extends ExtensionPoint {

    List<PluginView> views();
}
