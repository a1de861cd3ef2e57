/**
 * The Zugong plugin SDK: the only platform artifact a plugin compiles against.
 *
 * <p>Extension points are plain PF4J {@link org.pf4j.ExtensionPoint} interfaces; a plugin
 * implements them in classes annotated with {@link org.pf4j.Extension}. The platform finds them
 * when the plugin starts and offers them to each tenant that has the plugin enabled.
 */
package cn.zugong.api;
