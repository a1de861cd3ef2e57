/** What a province's or city's department publishes to the counties below it. */
package cn.zugong.api.publish;
