/** Supervision measures recorded on a cadre (谈话提醒, 函询, 诫勉) and their effect on promotion. */
package cn.zugong.plugin.supervision.measure;
