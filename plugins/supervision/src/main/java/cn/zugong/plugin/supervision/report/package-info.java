/** Reports about cadres (xinfang jubao, DOMAIN §4.5, §4.10): the state machine and its deadlines. */
package cn.zugong.plugin.supervision.report;
