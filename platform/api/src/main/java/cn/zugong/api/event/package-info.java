/** Domain events about cadres that plugins observe. */
package cn.zugong.api.event;
