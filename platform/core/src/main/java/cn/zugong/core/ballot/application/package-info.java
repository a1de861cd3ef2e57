/**
 * The ballot use cases: the officer's session (open, issue codes, start, close, paper entry,
 * result, apply to the case) and the participant's ballot box (open a ballot by code, cast it),
 * each in its transaction and behind its access check.
 */
package cn.zugong.core.ballot.application;
