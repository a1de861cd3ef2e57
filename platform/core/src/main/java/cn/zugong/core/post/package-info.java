/**
 * Leadership posts of units: positions (zhiwei) and the approved post quota (zhishu) against the
 * posts actually held. {@link cn.zugong.core.post.Occupancy} states the counting rule;
 * {@link cn.zugong.core.post.QuotaService} computes quotas with one aggregate query per request;
 * {@link cn.zugong.core.post.PositionService} lists and changes the positions of a unit.
 */
package cn.zugong.core.post;
