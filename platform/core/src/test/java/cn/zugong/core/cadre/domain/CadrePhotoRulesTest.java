package cn.zugong.core.cadre.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.validation.Problem;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Photos are JPEG or PNG by their first bytes, and at most 5 MiB. */
class CadrePhotoRulesTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    private static List<String> keys(byte[] bytes) {
        return CadrePhotoRules.check(bytes).stream().map(Problem::messageKey).toList();
    }

    @Test
    void jpegAndPngAreRecognizedByTheirFirstBytes() {
        assertThat(CadrePhotoRules.mediaType(JPEG)).contains("image/jpeg");
        assertThat(CadrePhotoRules.mediaType(PNG)).contains("image/png");
        assertThat(keys(JPEG)).isEmpty();
        assertThat(keys(PNG)).isEmpty();
    }

    @Test
    void otherFilesAreRefusedWhateverTheirName() {
        assertThat(keys("GIF89a....".getBytes(StandardCharsets.US_ASCII))).containsExactly("cadre.photo.error.type");
        assertThat(keys("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).containsExactly("cadre.photo.error.type");
        assertThat(keys(new byte[] {(byte) 0xFF, (byte) 0xD8})).containsExactly("cadre.photo.error.type");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(keys(new byte[0])).containsExactly("cadre.photo.error.empty");
        assertThat(keys(null)).containsExactly("cadre.photo.error.empty");
    }

    @Test
    void fiveMebibytesAreAcceptedAndOneByteMoreIsNot() {
        byte[] limit = Arrays.copyOf(JPEG, CadrePhotoRules.MAX_BYTES);
        byte[] over = Arrays.copyOf(JPEG, CadrePhotoRules.MAX_BYTES + 1);

        assertThat(keys(limit)).isEmpty();
        assertThat(keys(over)).containsExactly("cadre.photo.error.size");
        assertThat(CadrePhotoRules.check(over).getFirst().args()).containsExactly(5);
    }
}
