package cn.zugong.core.intake.domain;

/**
 * What a receipt code answers for: the county, the plugin and form, and the plugin's record.
 *
 * @param tenant the county's code
 * @param pluginId the plugin that kept the submission
 * @param kind the form's kind
 * @param reference the plugin's reference of its record
 */
public record Receipt(String tenant, String pluginId, String kind, String reference) {}
