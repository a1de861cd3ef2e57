/** The platform core: start-up in order (schema, demo data, plugins) and the features below. */
package cn.zugong.core;
