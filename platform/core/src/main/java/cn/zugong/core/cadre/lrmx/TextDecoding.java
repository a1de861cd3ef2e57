package cn.zugong.core.cadre.lrmx;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Strict decoding of the formats' text: a byte sequence that is not valid in the charset is an
 * error, never a replacement character. GB18030 decodes every GBK and GB2312 file the same way
 * and is always present in the JDK.
 */
final class TextDecoding {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextDecoding() {}

    /**
     * The text of a .lrmx file. Its bytes must be UTF-8 (with or without a byte order mark); a
     * file that is not but decodes as GBK is reported as probably GBK, the usual mistake of
     * files saved by older Chinese Windows tools.
     */
    static String utf8(String file, byte[] bytes) {
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
