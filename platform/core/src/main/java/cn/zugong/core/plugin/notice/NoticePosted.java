package cn.zugong.core.plugin.notice;

import java.util.List;
import java.util.Set;

/**
 * A notice was posted in a county, or its text changed (so it is unread again): what the notice
 * says and to whom, as {@link NoticeStore#post} stored it. Fired inside the posting transaction;
 * observe it after success to act on notices that were really kept.
 *
 * @param county the county's code
 * @param permission the audience permission's id
 * @param defaultRoles the roles that hold the permission until the county grants it
 */
public record NoticePosted(
        String county,
        String pluginId,
        String permission,
        Set<String> defaultRoles,
        String messageKey,
        List<String> args) {

    public NoticePosted {
        defaultRoles = Set.copyOf(defaultRoles);
        args = List.copyOf(args);
    }
}
