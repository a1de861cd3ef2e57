/**
 * Cross-county transfer (xianji jiaoliu): a department above two counties proposes to move a
 * cadre's file from one county to the other, both counties' tenant-admins accept, the platform
 * moves the file, and every plugin hands over its own data for that cadre.
 *
 * @since 1.3.0
 */
package cn.zugong.api.transfer;
