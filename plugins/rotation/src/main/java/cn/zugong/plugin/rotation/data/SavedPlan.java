package cn.zugong.plugin.rotation.data;

import cn.zugong.api.selection.ExchangeType;
import cn.zugong.plugin.rotation.exchange.PlanStatus;
import cn.zugong.plugin.rotation.plan.Mover;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An exchange plan as saved: its name and state, the score of its last solve, the posts offered
 * and each cadre's move. Who created and approved it is in the audit trail.
 *
 * @param hardScore the hard score of the saved moves, empty before the first solve
 */
public record SavedPlan(
        UUID id,
        String name,
        PlanStatus status,
        Optional<Long> hardScore,
        Optional<Long> softScore,
        LocalDate createdOn,
        Optional<LocalDate> approvedOn,
        List<Post> posts,
        List<Move> moves) {

    public SavedPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        posts = List.copyOf(posts);
        moves = List.copyOf(moves);
    }

    /** An open post the plan may fill. */
    public record Post(
            UUID positionId,
            UUID unitId,
            String unitName,
            String title,
            String level,
            String kind,
            boolean principal,
            int seats) {}

    /**
     * One cadre of the plan.
     *
     * @param positionId the post proposed (or pinned); empty: the cadre stays
     * @param forbidden the posts the officer forbade this cadre
     * @param exchangeReason the 第四条 code the move is recorded under
     * @param caseId the selection case the move opened once the plan was approved
     */
    public record Move(
            UUID cadreId,
            String name,
            String level,
            Mover.Reason reason,
            int yearsInPost,
            Optional<UUID> positionId,
            boolean pinned,
            Set<UUID> forbidden,
            ExchangeType exchangeType,
            int exchangeReason,
            Optional<UUID> caseId) {

        public Move {
            forbidden = Set.copyOf(forbidden);
        }

        public Move withCase(UUID id) {
            return new Move(
                    cadreId,
                    name,
                    level,
                    reason,
                    yearsInPost,
                    positionId,
                    pinned,
                    forbidden,
                    exchangeType,
                    exchangeReason,
                    Optional.of(id));
        }
    }
}
