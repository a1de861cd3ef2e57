/**
 * The supervisors' search across the counties they read ({@code search}): hits with their county
 * and only what a list shows; a hit opens the cadre file, whose opening is the audited read.
 */
package cn.zugong.ui.search;
