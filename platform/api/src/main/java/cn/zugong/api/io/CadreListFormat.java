package cn.zugong.api.io;

import cn.zugong.api.cadre.CadreRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.pf4j.ExtensionPoint;

/**
 * Extension point: a file format of the cadre list, such as another system's exchange format. The
 * cadre list offers each format of the county's enabled plugins as an export of the list (with
 * the filters in force, recorded in the audit trail like the platform's own export); a format
 * that {@link #reads()} is offered on the import page too, where the rows it reads go through
 * exactly the checks of the platform's own workbook (every row checked, all or nothing).
 *
 * {@snippet class=cn.zugong.api.snippets.IoSnippets region=format :
 * @Extension
 * public class CsvList implements CadreListFormat {
 *     public String id() { return "example.csv"; }
 *     public String nameKey() { return "example.format.csv"; }
 *     public String extension() { return "csv"; }
 *     public void write(List<CadreRef> cadres, OutputStream out) throws IOException { ... }
 *     public boolean reads() { return true; }
 *     // one map per cadre: "name", "gender", "birthDate" ... -> the text a clerk types into the workbook
 *     public List<Map<String, String>> read(InputStream in) throws IOException { ... }
 * }
 * }
 */
public interface CadreListFormat extends ExtensionPoint {

    /**
     * The column keys of the platform's cadre workbook, in its order. A row {@link #read} returns
     * maps some of these to the text a clerk would type into that column of the workbook (codes as
     * their Chinese names, dates as {@code yyyy-MM-dd}); other keys are ignored.
     */
    List<String> COLUMNS = List.of(
            "name",
            "gender",
            "birthDate",
            "ethnicity",
            "nativePlace",
            "birthPlace",
            "growthPlace",
            "idNumber",
            "politicalStatus",
            "partyJoined",
            "workStarted",
            "health",
            "professionalTitle",
            "fullTimeLevel",
            "fullTimeDegree",
            "fullTimeSchool",
            "inServiceLevel",
            "inServiceDegree",
            "inServiceSchool",
            "unit",
            "currentPost",
            "postLevel",
            "civilRank",
            "managementAuthority",
            "status");

    /** A stable id, unique on the platform, prefixed by the plugin's id. */
    String id();

    /** The message key of the format's name, as the export link and the import choice show it. */
    String nameKey();

    /** The file name extension, without the dot, such as {@code csv}. */
    String extension();

    /** Writes the cadres of the list in this format. */
    void write(List<CadreRef> cadres, OutputStream out) throws IOException;

    /** Whether the format also reads files for the import; by default it only exports. */
    default boolean reads() {
        return false;
    }

    /**
     * The rows of a file, each by {@link #COLUMNS} key.
     *
     * @throws IOException when the file is not of this format; the clerk is told so
     */
    default List<Map<String, String>> read(InputStream in) throws IOException {
        throw new IOException(id() + " reads no files");
    }
}
