/** Pages and navigation entries contributed by plugins. */
package cn.zugong.api.view;
