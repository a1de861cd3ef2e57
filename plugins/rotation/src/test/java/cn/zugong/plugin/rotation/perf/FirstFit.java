package cn.zugong.plugin.rotation.perf;

import cn.zugong.plugin.rotation.plan.Bar;
import cn.zugong.plugin.rotation.plan.ExchangePlan;
import cn.zugong.plugin.rotation.plan.Mover;
import cn.zugong.plugin.rotation.plan.OpenPost;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The baseline a clerk's spreadsheet would give: the cadres most due first, each to the first open
 * post that fits, is not barred and has a seat left; nobody is moved twice.
 */
final class FirstFit {

    private FirstFit() {}

    static void assign(ExchangePlan plan) {
        Set<String> barred = new HashSet<>();
        for (Bar bar : plan.getBars()) {
            barred.add(bar.cadreId() + "/" + bar.postId());
        }
        Map<OpenPost, Integer> taken = new HashMap<>();
        plan.getMovers().stream()
                .sorted(Comparator.comparing((Mover m) -> -m.getReason().weight())
                        .thenComparing(m -> -m.getYearsInPost()))
                .forEach(mover -> plan.getPosts().stream()
                        .filter(post -> mover.fits(post)
                                && !mover.forbids(post)
                                && !barred.contains(mover.getCadreId() + "/" + post.id())
                                && taken.getOrDefault(post, 0) < post.seats())
                        .findFirst()
                        .ifPresent(post -> {
                            mover.setPost(post);
                            taken.merge(post, 1, Integer::sum);
                        }));
    }
}
