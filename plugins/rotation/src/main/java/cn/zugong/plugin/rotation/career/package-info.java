/**
 * What the rotation rules read from a career: how long a post or a level has been held (holdings
 * merged into spans), and which organ a unit belongs to.
 */
package cn.zugong.plugin.rotation.career;
