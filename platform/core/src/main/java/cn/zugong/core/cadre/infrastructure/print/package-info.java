/** The approval form printed as a PDF in the national template's layout: grid, fonts, overflow onto continuation pages. */
package cn.zugong.core.cadre.infrastructure.print;
