/**
 * Ballots in the browser: the officer's ballot sessions of a case ({@link
 * cn.zugong.ui.ballot.BallotsView}: open, print the codes, start, close, paper entry, result,
 * apply to the case) and the participants' public ballot page ({@link
 * cn.zugong.ui.ballot.BallotServlet}, outside Keycloak).
 */
package cn.zugong.ui.ballot;
