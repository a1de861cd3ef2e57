package cn.zugong.plugin.training.data;

import cn.zugong.plugin.training.course.CourseMode;
import cn.zugong.plugin.training.requirement.CreditedRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A cadre's credited records as the values that travel in a cross-county transfer: the course's
 * name, mode, completion day, hours and days. The sending county's course, enrollment and import
 * ids stay behind (they mean nothing in the receiving county).
 */
public final class TransferRows {

    static final String COURSE = "course";
    static final String MODE = "mode";
    static final String COMPLETED_ON = "completedOn";
    static final String HOURS = "hours";
    static final String DAYS = "days";

    private TransferRows() {}

    /** The records as rows of values. */
    public static List<Map<String, String>> of(List<RecordEntry> records) {
        return records.stream()
                .map(entry -> {
                    CreditedRecord r = entry.record();
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put(COURSE, r.courseName());
                    row.put(MODE, r.mode().name());
                    row.put(COMPLETED_ON, r.completedOn().toString());
                    row.put(HOURS, r.hours().toPlainString());
                    row.put(DAYS, Integer.toString(r.days()));
                    return row;
                })
                .toList();
    }

    /** The rows as the receiving county's records of the cadre {@code cadreId}. */
    public static List<CreditedRecord> toRecords(UUID cadreId, List<Map<String, String>> rows) {
        return rows.stream()
                .map(row -> new CreditedRecord(
                        cadreId,
                        row.get(COURSE),
                        CourseMode.valueOf(row.get(MODE)),
                        LocalDate.parse(row.get(COMPLETED_ON)),
                        new BigDecimal(row.get(HOURS)),
                        Integer.parseInt(row.get(DAYS))))
                .toList();
    }
}
