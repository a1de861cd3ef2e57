/** Proposing, answering and withdrawing transfers, and the move of the file on the second acceptance. */
package cn.zugong.core.transfer.application;
