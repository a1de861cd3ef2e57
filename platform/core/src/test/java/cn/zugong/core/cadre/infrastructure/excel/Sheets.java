package cn.zugong.core.cadre.infrastructure.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds test workbooks with POI: the template's header and rows of cells by column title. */
final class Sheets {

    private Sheets() {}

    /** A good row: every required column, a valid id number, a known unit. */
    static Map<String, Object> good(String name, String first17, String gender) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("姓名", name);
        row.put("性别", gender);
        row.put("出生日期", first17.substring(6, 12));
        row.put("民族", "汉族");
        row.put("籍贯", "四川成都");
        row.put("身份证号", Ids.valid(first17));
        row.put("政治面貌", "中共党员");
        row.put("入党时间", "200701");
        row.put("参加工作时间", "2003.7");
        row.put("健康状况", "健康");
        row.put("全日制学历", "大学本科");
        row.put("所在单位", "区委组织部");
        row.put("现任职务", "科员");
        row.put("职务层次", "乡科级副职");
        row.put("职级", "一级科员");
        row.put("管理权限", "县委管理");
        row.put("状态", "在职");
        return row;
    }

    /** Writes the header (all titles) and the rows; a LocalDate becomes a date-formatted cell. */
    static Path write(Path dir, List<Map<String, Object>> rows) throws IOException {
        List<String> titles =
                Arrays.stream(CadreColumn.values()).map(CadreColumn::title).toList();
        Path file = Files.createTempFile(dir, "cadres", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("cadres");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < titles.size(); i++) {
                header.createCell(i).setCellValue(titles.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (var cell : rows.get(r).entrySet()) {
                    Cell c = row.createCell(titles.indexOf(cell.getKey()));
                    switch (cell.getValue()) {
                        case LocalDate day -> {
                            c.setCellValue(day);
                            c.setCellStyle(date);
                        }
                        case Number number -> c.setCellValue(number.doubleValue());
                        default -> c.setCellValue(cell.getValue().toString());
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    static List<Map<String, Object>> rows(int count) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(good("测试" + i, "51011519800101" + String.format("%03d", 2 * i + 1), "男"));
        }
        return rows;
    }
}
