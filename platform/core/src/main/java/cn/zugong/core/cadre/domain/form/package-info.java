/** The appointment and removal approval form as text: the exchange shape between the registry, the file formats and the print. */
package cn.zugong.core.cadre.domain.form;
