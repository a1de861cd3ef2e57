package cn.zugong.core.plugin.notice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A notice as its reader sees it: the plugin's message key and arguments (the page words them in
 * the reader's language), where it leads ({@code null} for nowhere), and whether this reader has
 * read it.
 */
public record NoticeEntry(
        UUID id, String pluginId, String messageKey, List<String> args, String route, Instant postedAt, boolean read) {

    public NoticeEntry {
        args = List.copyOf(args);
    }
}
