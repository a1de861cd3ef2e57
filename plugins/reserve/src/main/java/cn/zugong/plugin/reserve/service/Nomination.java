package cn.zugong.plugin.reserve.service;

import cn.zugong.plugin.reserve.candidate.Horizon;
import cn.zugong.plugin.reserve.candidate.NominationSource;
import cn.zugong.plugin.reserve.candidate.Tally;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a clerk enters to nominate a cadre: the cadre of the registry (whose gender, party
 * membership and education are read from the file), the source with its tally for a 民主推荐, and
 * the horizon.
 */
public record Nomination(UUID cadreId, NominationSource source, Optional<Tally> tally, Horizon horizon) {

    public Nomination {
        Objects.requireNonNull(cadreId, "cadreId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(horizon, "horizon");
    }
}
