/**
 * Selection cases as the domain holds them: the {@link SelectionCase} aggregate with its candidates,
 * meetings, votes, objections, gate results and recorded exceptions, the order of the steps ({@link
 * Steps}) and the values and findings they carry. Nothing here knows CDI or a transaction.
 */
package cn.zugong.core.selection.domain;
