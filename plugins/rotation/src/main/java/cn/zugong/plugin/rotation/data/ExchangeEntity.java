package cn.zugong.plugin.rotation.data;

import cn.zugong.api.selection.ExchangeType;
import cn.zugong.plugin.rotation.exchange.ExchangeFile;
import cn.zugong.plugin.rotation.exchange.ExchangeStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A row of {@code rotation_exchange}. */
@Entity
@Table(name = "rotation_exchange")
public class ExchangeEntity {

    @Id
    UUID id = UUID.randomUUID();

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    String tenantId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    UUID planId;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    UUID cadreId;

    @Column(name = "cadre_name", nullable = false, updatable = false)
    String cadreName;

    @Column(name = "position_id", nullable = false, updatable = false)
    UUID positionId;

    @Column(name = "unit_name", nullable = false, updatable = false)
    String unitName;

    @Column(nullable = false, updatable = false)
    String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "exchange_type", nullable = false, updatable = false)
    ExchangeType type;

    @Column(nullable = false, updatable = false)
    int reason;

    @Column(name = "case_id", nullable = false, updatable = false)
    UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ExchangeStatus status;

    @Column(name = "status_since", nullable = false)
    LocalDate statusSince;

    @Column(name = "sending_opinion", nullable = false)
    String sendingOpinion = "";

    @Column(name = "receiving_opinion", nullable = false)
    String receivingOpinion = "";

    @Column(name = "talk_record", nullable = false)
    String talkRecord = "";

    @Column(name = "talked_on")
    LocalDate talkedOn;

    @Column(name = "handed_over_on")
    LocalDate handedOverOn;

    @Column(name = "reported_on")
    LocalDate reportedOn;

    @Column(name = "party_relation", nullable = false)
    boolean partyRelation;

    @Column(name = "salary_relation", nullable = false)
    boolean salaryRelation;

    @Column(name = "personnel_file", nullable = false)
    boolean personnelFile;

    @Column(name = "departure_audit", nullable = false)
    boolean departureAudit;

    @Column(name = "appointed_on")
    LocalDate appointedOn;

    @Column(name = "closed_on")
    LocalDate closedOn;

    protected ExchangeEntity() {}

    ExchangeEntity(Exchange e) {
        this.planId = e.planId();
        this.cadreId = e.cadreId();
        this.cadreName = e.cadreName();
        this.positionId = e.positionId();
        this.unitName = e.unitName();
        this.title = e.title();
        this.type = e.type();
        this.reason = e.reason();
        this.caseId = e.caseId();
        update(e.status(), e.statusSince(), e.file(), e.closedOn().orElse(null));
    }

    void update(ExchangeStatus newStatus, LocalDate since, ExchangeFile file, LocalDate closed) {
        this.status = newStatus;
        this.statusSince = since;
        this.sendingOpinion = file.sendingOpinion();
        this.receivingOpinion = file.receivingOpinion();
        this.talkRecord = file.talkRecord();
        this.talkedOn = file.talkedOn().orElse(null);
        this.handedOverOn = file.handedOverOn().orElse(null);
        this.reportedOn = file.reportedOn().orElse(null);
        this.partyRelation = file.partyRelation();
        this.salaryRelation = file.salaryRelation();
        this.personnelFile = file.personnelFile();
        this.departureAudit = file.departureAudit();
        this.appointedOn = file.appointedOn().orElse(null);
        this.closedOn = closed;
    }

    Exchange exchange() {
        return new Exchange(
                id,
                planId,
                cadreId,
                cadreName,
                positionId,
                unitName,
                title,
                type,
                reason,
                caseId,
                status,
                statusSince,
                new ExchangeFile(
                        sendingOpinion,
                        receivingOpinion,
                        talkRecord,
                        Optional.ofNullable(talkedOn),
                        Optional.ofNullable(handedOverOn),
                        Optional.ofNullable(reportedOn),
                        partyRelation,
                        salaryRelation,
                        personnelFile,
                        departureAudit,
                        Optional.ofNullable(appointedOn)),
                Optional.ofNullable(closedOn));
    }
}
