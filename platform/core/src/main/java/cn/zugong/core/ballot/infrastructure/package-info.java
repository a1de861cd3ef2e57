/**
 * The ballots' adapters: the JPA queries, the keyed hash of the codes and its key, the code sheet
 * with QR codes and the result sheet as PDF.
 */
package cn.zugong.core.ballot.infrastructure;
