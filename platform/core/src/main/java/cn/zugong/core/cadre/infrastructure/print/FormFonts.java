package cn.zugong.core.cadre.infrastructure.print;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Noto Sans SC (SIL Open Font License 1.1), read from the classpath where the
 * {@code ph-fonts-noto-sans-sc} jar puts it, never from the operating system: servers here have
 * no CJK fonts. The files are TrueType outlines, so the PDF embeds a subset of the glyphs used
 * (Identity-H), a few hundred kilobytes, not the 10 MB font. Shared by every printed document
 * (the approval form, the whole-process record of a selection case).
 */
public final class FormFonts {

    private static final String DIRECTORY = "fonts/ttf/NotoSansSC/";

    private FormFonts() {}

    public static BaseFont regular() {
        return Holder.REGULAR;
    }

    public static BaseFont bold() {
        return Holder.BOLD;
    }

    /** Parsed once per class loader, on first print: each file is about 10 MB. */
    private static final class Holder {
        static final BaseFont REGULAR = load("NotoSansSC-Regular.ttf");
        static final BaseFont BOLD = load("NotoSansSC-Bold.ttf");
    }

    private static BaseFont load(String file) {
        try (InputStream in = FormFonts.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException(
                        "Font " + DIRECTORY + file + " is not on the classpath (dependency ph-fonts-noto-sans-sc)");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
