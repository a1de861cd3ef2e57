/** The cadre registry as plugins read it. */
package cn.zugong.api.cadre;
