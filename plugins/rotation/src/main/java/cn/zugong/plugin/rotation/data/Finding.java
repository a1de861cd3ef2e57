package cn.zugong.plugin.rotation.data;

import cn.zugong.plugin.rotation.avoidance.ConflictKind;
import cn.zugong.plugin.rotation.avoidance.FindingStatus;
import cn.zugong.plugin.rotation.avoidance.Kinship;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * An avoidance finding as stored (DOMAIN §2.4 {@code AvoidanceFinding}).
 *
 * @param id the finding
 * @param key the conflict's key ({@link cn.zugong.plugin.rotation.avoidance.Conflict#key()})
 * @param kind what was found
 * @param cadreId the cadre
 * @param relativeId the relative of a kinship finding
 * @param kinship the pair's class
 * @param organId the organ or unit concerned
 * @param organName its name when found
 * @param blocking whether the rule forbids it or only advises against it
 * @param status where the finding stands
 * @param detectedOn when it was found
 * @param statusSince since when it stands so
 * @param note the last decision's note (exemption document, rejection reason …)
 */
public record Finding(
        UUID id,
        String key,
        ConflictKind kind,
        UUID cadreId,
        Optional<UUID> relativeId,
        Optional<Kinship> kinship,
        UUID organId,
        String organName,
        boolean blocking,
        FindingStatus status,
        LocalDate detectedOn,
        LocalDate statusSince,
        Optional<String> note) {}
