package cn.zugong.plugin.rotation.plan;

import java.util.Set;
import java.util.UUID;

/** Cadres and posts for the plan's tests: a 正科 party-post cadre unless told otherwise. */
final class Plans {

    static final String LEVEL = "正科";
    static final String PARTY = "party";
    static final String GOVERNMENT = "government";

    private Plans() {}

    static Mover mover(String name, Mover.Reason reason, int years) {
        return new Mover(UUID.randomUUID(), name, LEVEL, Set.of(PARTY, GOVERNMENT), reason, years, 50, false, Set.of());
    }

    static Mover woman(String name, int age) {
        return new Mover(UUID.randomUUID(), name, LEVEL, Set.of(PARTY), Mover.Reason.MUST, 10, age, true, Set.of());
    }

    static Mover expert(String name, String field) {
        return new Mover(
                UUID.randomUUID(), name, LEVEL, Set.of(PARTY), Mover.Reason.MUST, 10, 50, false, Set.of(field));
    }

    static OpenPost post(String title, int seats) {
        return new OpenPost(
                UUID.randomUUID(), UUID.randomUUID(), "unit of " + title, title, LEVEL, PARTY, false, seats, "", 1, 1);
    }

    static OpenPost post(String title, String level, String kind) {
        return new OpenPost(
                UUID.randomUUID(), UUID.randomUUID(), "unit of " + title, title, level, kind, false, 1, "", 1, 1);
    }

    static OpenPost withField(String title, String field) {
        return new OpenPost(
                UUID.randomUUID(), UUID.randomUUID(), "unit of " + title, title, LEVEL, PARTY, false, 1, field, 1, 1);
    }

    /** A post in a team of men, all 45 or older. */
    static OpenPost inUniformTeam(String title) {
        return new OpenPost(
                UUID.randomUUID(), UUID.randomUUID(), "unit of " + title, title, LEVEL, PARTY, false, 2, "", 0, 0);
    }

    static Mover at(Mover mover, OpenPost post) {
        mover.setPost(post);
        return mover;
    }
}
