package cn.zugong.core.cadre.infrastructure.interchange;

/** The media type of an image by its first bytes (the reader has checked it is one of these). */
final class MediaTypes {

    private MediaTypes() {}

    static String of(byte[] image) {
        if (image.length > 3 && (image[0] & 0xff) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G') {
            return "image/png";
        }
        if (image.length > 2 && image[0] == 'G' && image[1] == 'I' && image[2] == 'F') {
            return "image/gif";
        }
        if (image.length > 1 && image[0] == 'B' && image[1] == 'M') {
            return "image/bmp";
        }
        return "image/jpeg";
    }
}
