/** File formats plugins read and write through the platform. */
package cn.zugong.api.io;
