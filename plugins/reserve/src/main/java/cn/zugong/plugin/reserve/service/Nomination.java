package cn.zugong.plugin.reserve.service;

import cn.zugong.plugin.reserve.candidate.Horizon;
import cn.zugong.plugin.reserve.candidate.NominationSource;
import cn.zugong.plugin.reserve.candidate.Tally;
import cn.zugong.plugin.reserve.rules.Education;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a clerk enters to nominate a cadre: the cadre of the registry, the facts the SDK's directory
 * does not carry (gender, party membership, education, from the cadre's file), the source with its
 * tally for a 民主推荐, and the horizon.
 */
public record Nomination(
        UUID cadreId,
        boolean woman,
        boolean nonParty,
        Education education,
        NominationSource source,
        Optional<Tally> tally,
        Horizon horizon) {

    public Nomination {
        Objects.requireNonNull(cadreId, "cadreId");
        Objects.requireNonNull(education, "education");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(horizon, "horizon");
    }
}
