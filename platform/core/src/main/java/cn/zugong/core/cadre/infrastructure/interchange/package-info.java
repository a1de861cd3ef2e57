/**
 * Import and export of cadre files through the approval form's interchange formats: .lrmx (one
 * file or a zip of many, with .lrm and .pic pairs) in, .lrmx out. Reading and checking the bytes
 * is {@code cn.zugong.core.cadre.infrastructure.lrmx}; this package maps forms to cadre files and back, and
 * writes all of an import or nothing.
 */
package cn.zugong.core.cadre.infrastructure.interchange;
