/**
 * The national administrative divisions (GB/T 2260): provinces, prefecture-level cities and
 * county-level divisions with their codes and names, read from the data file shipped in the jar.
 * The tenant tree is built from it.
 */
package cn.zugong.core.division;
