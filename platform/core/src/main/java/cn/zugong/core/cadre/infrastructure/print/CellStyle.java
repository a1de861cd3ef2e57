package cn.zugong.core.cadre.infrastructure.print;

import com.lowagie.text.Element;

/**
 * How a cell's text is set: its largest size (it shrinks from there until it fits), alignment,
 * whether it sits in the middle of the cell or at its top, and whether lines that start with a
 * period ({@code 1993.09--1997.07}) get a hanging indent, as the resume does.
 */
record CellStyle(float maxSize, int alignment, boolean middle, boolean hangingPeriods) {

    static final CellStyle LABEL = new CellStyle(9.5f, Element.ALIGN_CENTER, true, false);
    static final CellStyle VALUE = new CellStyle(10, Element.ALIGN_CENTER, true, false);
    static final CellStyle LINE = new CellStyle(10, Element.ALIGN_LEFT, true, false);
    static final CellStyle TEXT = new CellStyle(9.5f, Element.ALIGN_LEFT, false, false);
    static final CellStyle RESUME = new CellStyle(9.5f, Element.ALIGN_LEFT, false, true);
    static final CellStyle FOOTER_LEFT = new CellStyle(9, Element.ALIGN_LEFT, true, false);
    static final CellStyle FOOTER_CENTER = new CellStyle(9, Element.ALIGN_CENTER, true, false);
    static final CellStyle FOOTER_RIGHT = new CellStyle(9, Element.ALIGN_RIGHT, true, false);
}
