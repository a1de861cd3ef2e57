package cn.zugong.testkit;

import cn.zugong.api.indicator.DashboardIndicator;
import cn.zugong.api.plugin.PluginContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The checks of a plugin's dashboard indicators, for its unit test: the indicators PF4J would find
 * (the plugin's extension index), and that each figure drills down to a page of the plugin, the one
 * listing what it counts ({@link DashboardIndicator#listRoute()}). The check throws an {@link
 * AssertionError} naming every indicator at fault.
 *
 * <pre>{@code
 * List<DashboardIndicator> indicators = IndicatorChecks.indexed(NotesPlugin.class, context);
 * IndicatorChecks.eachListsOnAPage(indicators, new NotesViews().views().stream().map(PluginView::route).toList());
 * }</pre>
 *
 * @since 1.3.0
 */
public final class IndicatorChecks {

    private IndicatorChecks() {}

    /**
     * The plugin's indicators as PF4J finds them: each class of the extension index ({@code
     * META-INF/extensions.idx}) in the anchor's package or below that is a {@link
     * DashboardIndicator}, made with its {@code PluginContext} constructor.
     *
     * @param anchor a class of the plugin, in its root package
     * @param context the context the indicators are made with
     */
    public static List<DashboardIndicator> indexed(Class<?> anchor, PluginContext context) {
        String prefix = anchor.getPackageName() + ".";
        List<DashboardIndicator> found = new ArrayList<>();
        try {
            for (URL index : Collections.list(anchor.getClassLoader().getResources("META-INF/extensions.idx"))) {
                try (BufferedReader lines =
                        new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
                    for (String name : lines.lines().map(String::strip).toList()) {
                        if (!name.startsWith(prefix)) {
                            continue;
                        }
                        Class<?> type = Class.forName(name, true, anchor.getClassLoader());
                        if (DashboardIndicator.class.isAssignableFrom(type)) {
                            found.add((DashboardIndicator)
                                    type.getConstructor(PluginContext.class).newInstance(context));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("An indicator of the index cannot be made with a PluginContext", e);
        }
        return found;
    }

    /**
     * Fails unless every indicator names a list page, and that page (its route without the query)
     * is one of the plugin's pages.
     *
     * @param pages the routes of the plugin's pages ({@code PluginView.route()} of its views)
     */
    public static void eachListsOnAPage(Collection<? extends DashboardIndicator> indicators, Collection<String> pages) {
        List<String> faults = new ArrayList<>();
        for (DashboardIndicator indicator : indicators) {
            String route =
                    indicator.listRoute().map(r -> r.replaceFirst("\\?.*", "")).orElse(null);
            if (route == null) {
                faults.add(indicator.id() + ": no list route");
            } else if (!pages.contains(route)) {
                faults.add(indicator.id() + ": " + route + " is not a page of the plugin " + pages);
            }
        }
        if (!faults.isEmpty()) {
            throw new AssertionError("Indicators that do not drill down to a page:\n  " + String.join("\n  ", faults));
        }
    }
}
