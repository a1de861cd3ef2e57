package cn.zugong.api.snippets;

import java.util.UUID;

/** A plugin's own entity, as the examples name it. */
record Enrollment(UUID id, UUID courseId, boolean completed) {}
