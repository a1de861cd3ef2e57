package cn.zugong.api.view;

import cn.zugong.api.security.PluginPermission;
import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Extension point: the pages a plugin adds. Example:
 *
 * {@snippet class=cn.zugong.api.snippets.ViewSnippets region=contribution :
 * @Extension
 * public class ExampleViews implements ViewContribution {
 *     public List<PluginView> views() {
 *         return List.of(new PluginView("example", ExampleView.class, "example.menu",
 *                 "vaadin:lightbulb", ExamplePermissions.VIEW));
 *     }
 * }
 * }
 */
public interface ViewContribution extends ExtensionPoint {

    List<PluginView> views();

    /**
     * The permissions the plugin checks inside its pages ({@code context.permitted(...)}) beyond
     * the pages' own, such as {@code health-exam.manage}: with their default roles, so that a
     * county's admin sees who holds them before granting them otherwise. A county's admin can grant
     * every permission in {@code plugin.permissions}; one not returned here or by a page holds no
     * role until granted. Its label is the text of its id in the plugin's bundle
     * ({@code health-exam.manage=管理体检记录}).
     *
     * @since 1.2.0
     */
    default List<PluginPermission> permissions() {
        return List.of();
    }
}
