/**
 * Excel interchange of the cadre list: the import template ({@link
 * cn.zugong.core.cadre.infrastructure.excel.CadreTemplate}), the streaming reader and row checks ({@link
 * cn.zugong.core.cadre.infrastructure.excel.CadreExcelReader}, {@code RowChecker}), the all-or-nothing import
 * ({@link cn.zugong.core.cadre.infrastructure.excel.CadreImport}) and the export of a filtered list ({@link
 * cn.zugong.core.cadre.infrastructure.excel.CadreExport}). Column titles and notes are in {@code
 * excel-texts.properties}; coded values use {@link cn.zugong.core.cadre.domain.FormTexts}.
 */
package cn.zugong.core.cadre.infrastructure.excel;
