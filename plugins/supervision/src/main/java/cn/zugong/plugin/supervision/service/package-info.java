/**
 * The use cases, on a {@link cn.zugong.api.plugin.PluginContext}: each checks on the server who may
 * do it (tenancy and the module's permissions), moves the domain along its state machine, stores
 * through the repositories in one transaction and records the change (and every read of a report)
 * in the platform's audit trail.
 */
package cn.zugong.plugin.supervision.service;
