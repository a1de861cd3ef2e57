/** The ballot sessions of the caller's county over REST: a session's state and its result once closed. */
package cn.zugong.rest.ballot;
