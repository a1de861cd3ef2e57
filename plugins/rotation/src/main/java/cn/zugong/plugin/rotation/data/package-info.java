/**
 * The plugin's own tables ({@code db/plugin/rotation/}, prefix {@code rotation_}): JPA entities and
 * repositories over one county's rows, handing out the domain's records rather than the entities.
 * Enumerations are stored by name as text so that the same migration holds on PostgreSQL and H2.
 */
package cn.zugong.plugin.rotation.data;
