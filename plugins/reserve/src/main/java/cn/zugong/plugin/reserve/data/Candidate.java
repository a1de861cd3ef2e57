package cn.zugong.plugin.reserve.data;

import cn.zugong.plugin.reserve.candidate.CandidateState;
import cn.zugong.plugin.reserve.candidate.Horizon;
import cn.zugong.plugin.reserve.candidate.NominationSource;
import cn.zugong.plugin.reserve.candidate.Tally;
import cn.zugong.plugin.reserve.rules.ExitReason;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A reserve candidate of a batch (DOMAIN §3.3 ReserveCandidate), from nomination to approval and,
 * as a member of the pool, to 使用 or exit. Gender, party membership and education are not kept
 * here: they are read from the registry's file ({@code CadreCareers.profile}).
 *
 * @param exitReason why the member left the pool, when {@link CandidateState#EXITED}
 * @param caseId the selection case that appointed the member, when {@link CandidateState#PROMOTED}
 */
public record Candidate(
        UUID id,
        UUID batchId,
        UUID cadreId,
        String name,
        LocalDate birthDate,
        NominationSource source,
        Optional<Tally> tally,
        Optional<Double> examScore,
        Horizon horizon,
        CandidateState state,
        LocalDate stateSince,
        Optional<ExitReason> exitReason,
        Optional<UUID> caseId) {}
