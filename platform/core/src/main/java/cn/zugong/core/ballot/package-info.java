/**
 * Ballots (minzhu tuijian, minzhu ceping; DOMAIN 5.3, 7, 9.C): an officer's ballot session for a
 * selection case or a plugin's purpose, one-time codes for the participants, anonymous ballots cast
 * on the public ballot page, paper tallies entered twice, and the result once the session closed.
 */
package cn.zugong.core.ballot;
