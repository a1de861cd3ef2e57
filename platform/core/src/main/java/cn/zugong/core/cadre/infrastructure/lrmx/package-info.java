/**
 * The interchange formats of the cadre appointment and removal approval form (DOMAIN.md section
 * 6): {@code .lrmx} (the form software 3.x, UTF-8 XML, read and written), the legacy {@code .lrm}
 * (2.0, GBK text with a separate {@code .pic} photo, read only) and zip archives holding many of
 * them. Everything maps to and from {@link cn.zugong.core.cadre.domain.form.AppointmentForm}.
 *
 * <p>Files come from outside the portal and are treated as hostile: XML without DTDs or external
 * entities, photos and archives with size limits counted while reading ({@link
 * InterchangeLimits}). A file that breaks a rule gives no form but an {@link InterchangeException}
 * listing every problem found, each with a message key of the portal's bundles.
 */
package cn.zugong.core.cadre.infrastructure.lrmx;
