package cn.zugong.core.cadre.infrastructure.lrmx;

import cn.zugong.core.cadre.domain.form.AppointmentForm;
import cn.zugong.core.cadre.domain.form.AppointmentForm.Relative;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Writes an {@link AppointmentForm} as a .lrmx file: UTF-8, {@code <?xml version="1.0"
 * encoding="utf-8"?>}, root {@code <Person>}, every known element in the form software's order
 * (empty ones too), the family as {@code <JiaTingChengYuan><Item>}, the photo in Base64 and, last,
 * the unknown elements the file was read with. {@link LrmxReader} reads the result back into an
 * equal form.
 *
 * <p>Carriage returns are written as character references so that they survive XML's line-end
 * normalization; characters XML 1.0 cannot carry (control characters other than tab and line
 * ends) are left out.
 */
public final class LrmxWriter {

    private static final String INDENT = "  ";

    /**
     * The file's bytes.
     *
     * @throws IllegalArgumentException when an unknown element is not a well-formed XML element
     */
    public byte[] write(AppointmentForm form) {
        byte[] photo = form.photo();
        StringBuilder xml = new StringBuilder(4096 + photo.length * 4 / 3);
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<")
                .append(LrmxReader.ROOT)
                .append(">\n");
        for (LrmxField field : LrmxField.values()) {
            switch (field) {
                case JIA_TING_CHENG_YUAN -> family(xml, form.family());
                case ZHAO_PIAN ->
                    element(xml, INDENT, field.element(), Base64.getEncoder().encodeToString(photo));
                default -> element(xml, INDENT, field.element(), field.valueOf(form));
            }
        }
        for (String fragment : form.unknownElements()) {
            checkWellFormed(fragment);
            xml.append(INDENT).append(fragment).append('\n');
        }
        xml.append("</").append(LrmxReader.ROOT).append(">\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void family(StringBuilder xml, List<Relative> family) {
        xml.append(INDENT)
                .append('<')
                .append(LrmxField.JIA_TING_CHENG_YUAN.element())
                .append(">\n");
        for (Relative relative : family) {
            xml.append(INDENT.repeat(2)).append('<').append(LrmxReader.ITEM).append(">\n");
            List<String> values = LrmxField.itemValues(relative);
            for (int i = 0; i < values.size(); i++) {
                element(xml, INDENT.repeat(3), LrmxField.ITEM_ELEMENTS.get(i), values.get(i));
            }
            xml.append(INDENT.repeat(2)).append("</").append(LrmxReader.ITEM).append(">\n");
        }
        xml.append(INDENT)
                .append("</")
                .append(LrmxField.JIA_TING_CHENG_YUAN.element())
                .append(">\n");
    }

    private static void element(StringBuilder xml, String indent, String name, String value) {
        xml.append(indent).append('<').append(name);
        if (value == null || value.isEmpty()) {
            xml.append(" />\n");
            return;
        }
        xml.append('>');
        escape(xml, value);
        xml.append("</").append(name).append(">\n");
    }

    private static void escape(StringBuilder xml, String value) {
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '\r' -> xml.append("&#13;");
                default -> {
                    if (allowedInXml(c)) {
                        xml.appendCodePoint(c);
                    }
                }
            }
        });
    }

    private static boolean allowedInXml(int c) {
        return c == '\t' || c == '\n' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
    }

    // Fragments come from LrmxReader, but a form can be built anywhere: never write one that would
    // break the file or smuggle in a declaration.
    private static void checkWellFormed(String fragment) {
        String problem = "an unknown element is not a well-formed XML element: ";
        if (fragment.stripLeading().startsWith("<?")) {
            throw new IllegalArgumentException(problem + fragment);
        }
        try {
            SecureXml.parse("", fragment);
        } catch (InterchangeException e) {
            throw new IllegalArgumentException(problem + fragment, e);
        }
    }
}
