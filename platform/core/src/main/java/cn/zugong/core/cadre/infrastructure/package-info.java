/**
 * How cadre files are stored, read and written: the list's JPQL filter ({@link CadreWhere}) and, in
 * sub-packages, the file formats (.lrmx and .lrm, Excel, the printed approval form).
 */
package cn.zugong.core.cadre.infrastructure;
