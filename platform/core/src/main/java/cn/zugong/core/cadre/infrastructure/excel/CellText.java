package cn.zugong.core.cadre.infrastructure.excel;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns numeric cells into the text the row checks read, whatever the cell's display format: a
 * date cell becomes {@code yyyyMMdd} (a form date), any other number its plain digits (no grouping,
 * no exponent, no rounding to the displayed decimals).
 */
final class CellText extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value, use1904Windowing)
                    .toLocalDate()
                    .format(DateTimeFormatter.BASIC_ISO_DATE);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
