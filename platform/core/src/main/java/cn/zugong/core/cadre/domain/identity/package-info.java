/**
 * Identity documents of a cadre: the 18-character resident identity number (GB 11643) with its
 * check digit, embedded birth date and gender.
 */
package cn.zugong.core.cadre.domain.identity;
