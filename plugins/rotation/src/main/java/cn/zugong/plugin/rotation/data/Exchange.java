package cn.zugong.plugin.rotation.data;

import cn.zugong.api.selection.ExchangeType;
import cn.zugong.plugin.rotation.exchange.ExchangeFile;
import cn.zugong.plugin.rotation.exchange.ExchangeStatus;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * An exchange case (DOMAIN §2.4) as kept: the move of an approved plan it comes from, the selection
 * case of kind 交流 it follows, its state and its file.
 */
public record Exchange(
        UUID id,
        UUID planId,
        UUID cadreId,
        String cadreName,
        UUID positionId,
        String unitName,
        String title,
        ExchangeType type,
        int reason,
        UUID caseId,
        ExchangeStatus status,
        LocalDate statusSince,
        ExchangeFile file,
        Optional<LocalDate> closedOn) {}
