/**
 * The SDK's Javadoc examples as compiled code: each Javadoc example is a hybrid {@code {@snippet}}
 * whose inline text the Javadoc tool checks against a region of a class here (the build fails on
 * a difference), and these classes compile with the tests, so an example that stops compiling
 * against the SDK fails the build. Outside the regions: what an example takes as given (a plugin's
 * own classes, the variables a fragment uses).
 */
package cn.zugong.api.snippets;
