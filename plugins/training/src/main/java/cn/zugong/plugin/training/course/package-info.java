/** Training courses (peixun banci) and their validation (DOMAIN §1.3, §1.1). */
package cn.zugong.plugin.training.course;
