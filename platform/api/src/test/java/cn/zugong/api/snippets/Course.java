package cn.zugong.api.snippets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A plugin's own entity, as the examples name it. */
record Course(UUID id, String title, BigDecimal hours, LocalDate starts) {}
