package cn.zugong.plugin.reserve.data;

import cn.zugong.plugin.reserve.candidate.CandidateState;
import cn.zugong.plugin.reserve.candidate.Horizon;
import cn.zugong.plugin.reserve.candidate.NominationSource;
import cn.zugong.plugin.reserve.candidate.Tally;
import cn.zugong.plugin.reserve.rules.Education;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A reserve candidate of a batch (DOMAIN §3.3 ReserveCandidate), from nomination to approval. */
public record Candidate(
        UUID id,
        UUID batchId,
        UUID cadreId,
        String name,
        LocalDate birthDate,
        boolean woman,
        boolean nonParty,
        Education education,
        NominationSource source,
        Optional<Tally> tally,
        Optional<Double> examScore,
        Horizon horizon,
        CandidateState state,
        LocalDate stateSince) {}
