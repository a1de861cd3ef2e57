/** Database infrastructure shared by all features: Flyway migration at start-up and literal {@code like} patterns. */
package cn.zugong.core.db;
