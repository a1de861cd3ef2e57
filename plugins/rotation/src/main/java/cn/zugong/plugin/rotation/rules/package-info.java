/** The rotation rule values in force for a county: read and checked from the pack's text values. */
package cn.zugong.plugin.rotation.rules;
