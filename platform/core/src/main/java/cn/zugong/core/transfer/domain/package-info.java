/** The transfer proposal, its states and who may do what with it. */
package cn.zugong.core.transfer.domain;
