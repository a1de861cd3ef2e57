package cn.zugong.ui.unit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where the unit form finds parent units: lazily, by part of the name. */
public interface ParentLookup {

    List<ParentOption> find(String filter, int offset, int limit);

    Optional<ParentOption> byId(UUID id);
}
