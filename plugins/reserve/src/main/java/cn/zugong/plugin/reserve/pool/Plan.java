package cn.zugong.plugin.reserve.pool;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** One item of a member's development plan (DOMAIN §3.3 ReserveDevelopmentPlan). */
public record Plan(
        UUID id,
        UUID candidateId,
        PlanKind kind,
        String description,
        LocalDate start,
        Optional<LocalDate> end,
        Optional<String> outcome) {}
