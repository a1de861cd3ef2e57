/**
 * The plugin's use cases on the platform: each service takes the plugin's {@link
 * cn.zugong.api.plugin.PluginContext}, reads the rules in force through its rule packs, the cadres
 * through its directory, runs its work in the platform's transactions ({@code persistence()}) over
 * the repositories of {@code data}, and records changes in the audit trail. The domain decides;
 * the services load, store and record.
 *
 * <p>Every service works for one county at a time. Changes need that county to be the request's
 * writable tenant; a read-only supervisor can read one county at a time.
 */
package cn.zugong.plugin.training.service;
