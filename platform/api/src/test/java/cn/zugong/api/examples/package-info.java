/** Checks on the SDK's Javadoc examples: what a vendor copies must be complete. */
package cn.zugong.api.examples;
