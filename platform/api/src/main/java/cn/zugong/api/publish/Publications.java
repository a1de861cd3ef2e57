package cn.zugong.api.publish;

import java.util.List;
import java.util.Map;

/**
 * Publishing from a province's or city's department to the counties below it, such as the courses
 * a provincial party school offers. The publisher writes in its own tenant; the counties below read
 * what their departments above published, and nothing of each other's. Each plugin sees only its
 * own publications. Publishing and withdrawing are audited in the publisher's trail.
 * {@snippet class=cn.zugong.api.snippets.PublicationsSnippets region=publish :
 * // the province's officer
 * context.publications().publish("course", course.id().toString(), Map.of("name", course.title()));
 * // a county's page
 * for (Publication offered : context.publications().fromAbove("course")) { ... }
 * }
 *
 * @since 1.1.0
 */
public interface Publications {

    /**
     * Publishes an item of the request's writable tenant to every tenant below it, or republishes
     * it with new content.
     *
     * @throws IllegalStateException when the request may not write, or its tenant has no tenant below
     */
    void publish(String kind, String key, Map<String, String> content);

    /** Withdraws an item the request's writable tenant published; the counties no longer see it. */
    void withdraw(String kind, String key);

    /** What the request's tenant published of that kind and has not withdrawn, newest first. */
    List<Publication> published(String kind);

    /**
     * What the departments above the request's tenant (its city, its province) published of that
     * kind and have not withdrawn, newest first. Empty for a request reading several tenants.
     */
    List<Publication> fromAbove(String kind);
}
