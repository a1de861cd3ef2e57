package cn.zugong.plugin.example;

import cn.zugong.api.event.CadreEvent;
import cn.zugong.api.plugin.PluginContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The example plugin's data in its own tables, per county (the platform's tenant filter and
 * database wall keep each county to its own rows): cadres put on hold, whose appointment its gate
 * blocks, and the cadre events it has observed.
 */
final class HoldList {

    private final PluginContext context;

    HoldList(PluginContext context) {
        this.context = context;
    }

    void hold(UUID cadre, String reason) {
        context.persistence().run(em -> {
            release(cadre);
            em.persist(new Hold(cadre, reason, Instant.now(context.clock())));
        });
    }

    void release(UUID cadre) {
        context.persistence().run(em -> em.createQuery("select h from Hold h where h.cadreId = :c", Hold.class)
                .setParameter("c", cadre)
                .getResultList()
                .forEach(em::remove));
    }

    Optional<String> reason(UUID cadre) {
        return context.persistence()
                .inTransaction(em -> em.createQuery("select h from Hold h where h.cadreId = :c", Hold.class)
                        .setParameter("c", cadre)
                        .getResultStream()
                        .findFirst()
                        .map(Hold::reason));
    }

    List<Hold> holds() {
        return context.persistence()
                .inTransaction(em -> em.createQuery("select h from Hold h order by h.heldAt", Hold.class)
                        .getResultList());
    }

    long count() {
        return context.persistence().inTransaction(em -> em.createQuery("select count(h) from Hold h", Long.class)
                .getSingleResult());
    }

    void observed(CadreEvent event) {
        context.persistence()
                .run(em -> em.persist(new ObservedEvent(
                        event.getClass().getSimpleName(),
                        event.cadreId(),
                        event.effective(),
                        Instant.now(context.clock()))));
    }

    List<ObservedEvent> events() {
        return context.persistence().inTransaction(em -> em.createQuery(
                        "select e from ObservedEvent e order by e.recordedAt", ObservedEvent.class)
                .getResultList());
    }
}
