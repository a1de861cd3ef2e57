package cn.zugong.plugin.rotation.exchange;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What an exchange case records besides its state (DOMAIN §2.4): the sending and receiving units'
 * opinions, the talk, the handover and report-for-duty dates, the relations transferred (组织关系,
 * 工资关系, 人事档案: the 行政/工资/组织 relations of §2.4), whether a departure audit (离任审计) is
 * required, and the day the registry shows the new post.
 */
public record ExchangeFile(
        String sendingOpinion,
        String receivingOpinion,
        String talkRecord,
        Optional<LocalDate> talkedOn,
        Optional<LocalDate> handedOverOn,
        Optional<LocalDate> reportedOn,
        boolean partyRelation,
        boolean salaryRelation,
        boolean personnelFile,
        boolean departureAudit,
        Optional<LocalDate> appointedOn) {

    public static final int MAX_TEXT = 2000;

    public ExchangeFile {
        sendingOpinion = sendingOpinion == null ? "" : sendingOpinion.strip();
        receivingOpinion = receivingOpinion == null ? "" : receivingOpinion.strip();
        talkRecord = talkRecord == null ? "" : talkRecord.strip();
    }

    public static ExchangeFile empty() {
        return new ExchangeFile(
                "",
                "",
                "",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                false,
                false,
                false,
                Optional.empty());
    }

    /** Every relation moved to the new unit. */
    public boolean relationsTransferred() {
        return partyRelation && salaryRelation && personnelFile;
    }

    public ExchangeFile appointed(LocalDate on) {
        return new ExchangeFile(
                sendingOpinion,
                receivingOpinion,
                talkRecord,
                talkedOn,
                handedOverOn,
                reportedOn,
                partyRelation,
                salaryRelation,
                personnelFile,
                departureAudit,
                Optional.of(on));
    }
}
