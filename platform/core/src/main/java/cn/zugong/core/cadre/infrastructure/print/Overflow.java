package cn.zugong.core.cadre.infrastructure.print;

import com.lowagie.text.pdf.ColumnText;

/**
 * Text that did not fit its cell even at the smallest size: its cell says so, and the rest is
 * printed on a continuation page under the field's label, so no text is lost.
 *
 * @param label the field's label on one line
 * @param remainder the column holding what is left to print
 */
record Overflow(String label, ColumnText remainder) {}
