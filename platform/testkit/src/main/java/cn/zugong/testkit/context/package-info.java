/**
 * An in-memory {@link cn.zugong.api.plugin.PluginContext} for a plugin's own tests, without a
 * running portal: tenancy, a cadre directory, rule packs, notices, publications, spreadsheets,
 * H2 with the plugin's migrations, an audit trail and a clock. Start with {@link
 * cn.zugong.testkit.context.InMemoryPluginContext#builder(String)}.
 */
package cn.zugong.testkit.context;
