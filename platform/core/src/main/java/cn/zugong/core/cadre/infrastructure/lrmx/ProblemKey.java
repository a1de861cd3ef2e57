package cn.zugong.core.cadre.infrastructure.lrmx;

/**
 * The message keys of interchange problems, with the arguments each message takes. The texts are
 * in the portal's bundles ({@code i18n/messages*.properties} of the ui module).
 */
public enum ProblemKey {
    /** The bytes are not UTF-8 and decode as GBK: an old or mislabelled file. */
    ENCODING_GBK("interchange.error.encoding.gbk"),
    /** The bytes are not UTF-8. */
    ENCODING("interchange.error.encoding"),
    /** {0} the encoding the file declares (of the GBK family), which its bytes are not. */
    ENCODING_DECLARED("interchange.error.encoding.declared"),
    /** {0} the encoding the file declares, neither UTF-8 nor of the GBK family. */
    ENCODING_UNSUPPORTED("interchange.error.encoding.unsupported"),
    /** A .lrm file is neither GBK nor UTF-8 text. */
    LRM_ENCODING("interchange.error.lrm.encoding"),
    /** Not well-formed XML; {0} line, {1} column. */
    XML("interchange.error.xml"),
    /** A document type declaration, refused so that no entity can be declared; {0} line, {1} column. */
    XML_DOCTYPE("interchange.error.xml.doctype"),
    /** The file ends before the document does (cut off in transfer); {0} line, {1} column. */
    XML_TRUNCATED("interchange.error.xml.truncated"),
    /** {0} the root element found. */
    ROOT("interchange.error.root"),
    /** {0} the element that appears more than once. */
    REPEATED("interchange.error.repeated"),
    /** {0} the text that is not a form date. */
    DATE("interchange.error.date"),
    /** A date the form needs is empty. */
    DATE_REQUIRED("interchange.error.date.required"),
    /** {0} the birth date in the identity number, {1} ChuShengNianYue. */
    ID_BIRTH("interchange.error.idnumber.birth"),
    /** {0} XingBie. */
    ID_GENDER("interchange.error.idnumber.gender"),
    PHOTO_MISSING("interchange.error.photo.missing"),
    PHOTO_BASE64("interchange.error.photo.base64"),
    PHOTO_FORMAT("interchange.error.photo.format"),
    /** {0} the photo's size, {1} the limit, both in MiB. */
    PHOTO_SIZE("interchange.error.photo.size"),
    /** {0} the file's size, {1} the limit, both in MiB. */
    FILE_SIZE("interchange.error.file.size"),
    /** {0} the number of fields found, {1} the number needed. */
    LRM_FIELDS("interchange.error.lrm.fields"),
    /** {0} the name of the missing .pic file. */
    LRM_PIC_MISSING("interchange.error.lrm.picMissing"),
    /** The zip cannot be read (the reader's English description is not shown). */
    ARCHIVE_CORRUPT("interchange.error.archive.corrupt"),
    ARCHIVE_EMPTY("interchange.error.archive.empty"),
    /** {0} the entry limit. */
    ARCHIVE_ENTRIES("interchange.error.archive.entries"),
    /** {0} the entry, {1} the limit in MiB. */
    ARCHIVE_ENTRY_SIZE("interchange.error.archive.entrySize"),
    /** {0} the limit in MiB. */
    ARCHIVE_TOTAL_SIZE("interchange.error.archive.totalSize"),
    /** {0} the entry's path. */
    ARCHIVE_PATH("interchange.error.archive.path"),
    /** The entry is not a .lrmx, .lrm or .pic file and was skipped. */
    ARCHIVE_ENTRY_TYPE("interchange.error.archive.entryType");

    private final String key;

    ProblemKey(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
