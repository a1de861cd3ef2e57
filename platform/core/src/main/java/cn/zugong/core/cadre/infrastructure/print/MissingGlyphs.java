package cn.zugong.core.cadre.infrastructure.print;

import com.lowagie.text.pdf.BaseFont;

/**
 * OpenPDF silently leaves out a character its font has no glyph for (a rare character in a name,
 * an emoji). The print shows a white square in its place instead, and logs it, so that nobody
 * signs a form with a name that lost a character unseen.
 */
public final class MissingGlyphs {

    public static final String PLACEHOLDER = "\u25A1";
    private static final System.Logger LOG = System.getLogger(MissingGlyphs.class.getName());

    private MissingGlyphs() {}

    public static String marked(String text, BaseFont font, String field) {
        StringBuilder printable = new StringBuilder(text.length());
        boolean missing = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.isWhitespace(codePoint) || font.charExists(codePoint)) {
                printable.appendCodePoint(codePoint);
            } else {
                printable.append(PLACEHOLDER);
                missing = true;
                LOG.log(
                        System.Logger.Level.WARNING,
                        "The form font has no glyph for U+{0} in {1}: printed as a square",
                        Integer.toHexString(codePoint).toUpperCase(),
                        field);
            }
            i += Character.charCount(codePoint);
        }
        return missing ? printable.toString() : text;
    }
}
