package cn.zugong.core.plugin.publish;

import cn.zugong.api.publish.Publication;
import cn.zugong.api.publish.Publications;
import java.util.List;
import java.util.Map;

/** The publications of one plugin. */
public final class HostedPublications implements Publications {

    private final String pluginId;
    private final PublicationBoard board;

    public HostedPublications(String pluginId, PublicationBoard board) {
        this.pluginId = pluginId;
        this.board = board;
    }

    @Override
    public void publish(String kind, String key, Map<String, String> content) {
        board.publish(pluginId, kind, key, content);
    }

    @Override
    public void withdraw(String kind, String key) {
        board.withdraw(pluginId, kind, key);
    }

    @Override
    public List<Publication> published(String kind) {
        return board.published(pluginId, kind);
    }

    @Override
    public List<Publication> fromAbove(String kind) {
        return board.fromAbove(pluginId, kind);
    }
}
