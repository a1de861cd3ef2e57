package cn.zugong.core.cadre.infrastructure.lrmx;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict decoding of the formats' text: a byte sequence that is not valid in the charset is an
 * error, never a replacement character. GB18030 decodes every GBK and GB2312 file the same way
 * and is always present in the JDK.
 */
final class TextDecoding {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final Set<String> GB_FAMILY = Set.of("GBK", "GB2312", "GB18030", "GB_2312-80", "CP936", "X-GBK");
    private static final Set<String> UTF8_NAMES = Set.of("UTF-8", "UTF8");
    private static final Pattern DECLARATION =
            Pattern.compile("<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextDecoding() {}

    /**
     * The text of a .lrmx file, in the encoding its XML declaration names: GBK, GB2312 and GB18030
     * are read as GB18030 (their superset), UTF-8 or no declaration as UTF-8 (with or without a
     * byte order mark), any other encoding is refused by name. A file that is not UTF-8 and
     * declares nothing else but decodes as GBK is reported as probably GBK, the usual mistake of
     * files saved by older Chinese Windows tools.
     */
    static String lrmx(String file, byte[] bytes) {
        Optional<String> declared = declaredEncoding(bytes);
        if (declared.isPresent() && GB_FAMILY.contains(declared.get().toUpperCase(Locale.ROOT))) {
            return strict(GB18030, bytes)
                    .orElseThrow(() -> new InterchangeException(
                            InterchangeProblem.of(file, ProblemKey.ENCODING_DECLARED, declared.get())));
        }
        if (declared.isPresent() && !UTF8_NAMES.contains(declared.get().toUpperCase(Locale.ROOT))) {
            throw new InterchangeException(
                    InterchangeProblem.of(file, ProblemKey.ENCODING_UNSUPPORTED, declared.get()));
        }
        Optional<String> text = strict(StandardCharsets.UTF_8, withoutBom(bytes));
        if (text.isPresent()) {
            return text.get();
        }
        ProblemKey key = strict(GB18030, bytes).isPresent() ? ProblemKey.ENCODING_GBK : ProblemKey.ENCODING;
        throw new InterchangeException(InterchangeProblem.of(file, key));
    }

    /**
     * The text of a .lrm file: GBK as the form software 2.0 writes it. Text that is valid UTF-8 is
     * taken as UTF-8 (GBK Chinese text practically never is), so re-saved files still read.
     */
    static String gbk(String file, byte[] bytes) {
        return strict(StandardCharsets.UTF_8, withoutBom(bytes))
                .or(() -> strict(GB18030, bytes))
                .orElseThrow(() -> new InterchangeException(InterchangeProblem.of(file, ProblemKey.LRM_ENCODING)));
    }

    // The encoding pseudo-attribute of an XML declaration at the very start (ASCII in every encoding read here).
    private static Optional<String> declaredEncoding(byte[] bytes) {
        byte[] start = withoutBom(Arrays.copyOf(bytes, Math.min(bytes.length, 256)));
        Matcher m = DECLARATION.matcher(new String(start, StandardCharsets.ISO_8859_1));
        return m.lookingAt() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<String> strict(Charset charset, byte[] bytes) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static byte[] withoutBom(byte[] bytes) {
        boolean bom =
                bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
        return bom ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }
}
