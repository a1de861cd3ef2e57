/**
 * Ballots a plugin opens for its own purposes (the reserve module nominates from a democratic
 * recommendation): {@link cn.zugong.api.ballot.Ballots}.
 *
 * @since 1.3.0
 */
package cn.zugong.api.ballot;
