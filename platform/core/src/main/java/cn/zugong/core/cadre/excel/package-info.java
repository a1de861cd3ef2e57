/**
 * Excel interchange of the cadre list: the import template ({@link
 * cn.zugong.core.cadre.excel.CadreTemplate}), the streaming reader and row checks ({@link
 * cn.zugong.core.cadre.excel.CadreExcelReader}, {@code RowChecker}), the all-or-nothing import
 * ({@link cn.zugong.core.cadre.excel.CadreImport}) and the export of a filtered list ({@link
 * cn.zugong.core.cadre.excel.CadreExport}). Column titles and notes are in {@code
 * excel-texts.properties}; coded values use {@link cn.zugong.core.cadre.FormTexts}.
 */
package cn.zugong.core.cadre.excel;
