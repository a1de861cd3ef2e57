package cn.zugong.core.transfer.application;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.api.transfer.CadreTransferred;
import cn.zugong.api.transfer.TransferProblem;
import cn.zugong.api.transfer.TransferRefusedException;
import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.audit.PlatformAction;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.transfer.domain.TransferProposal;
import cn.zugong.core.transfer.infrastructure.CountySide;
import cn.zugong.core.transfer.infrastructure.FileRows;
import cn.zugong.core.transfer.infrastructure.WallPhase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Moves a cadre's file from the sending county to the receiving one, in the caller's transaction
 * (the second acceptance): nothing moves unless everything does.
 *
 * <p>Two phases on the transaction's connection, each bound to one county as a request of that
 * county would be ({@link WallPhase}; the database wall is never bypassed). Bound to the sending
 * county: the open post holdings end on the day, the whole file is read as stored, the record is
 * marked transferred out (with a dated status change), the plugins hand over their data, and the
 * county's audit chain records the move. Bound to the receiving county: the file is written under a
 * new id (new ids for every part too: a row's key is (tenant, id) in the database but the id alone
 * in the mapping, and one persistence context may hold both records), without the sending county's
 * unit and position references (they mean nothing there) and without a current post (an
 * appointment in the receiving county gives one); the plugins take over their data, and that
 * county's chain records the move. The platform's chain records it last.
 */
@ApplicationScoped
@Transactional
public class CadreMove {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    TransferHandOver handOver;

    @Inject
    Event<PlatformAction> platform;

    /**
     * Moves the proposal's cadre on {@code on}.
     *
     * @return the cadre's id in the receiving county
     * @throws TransferRefusedException when the cadre is gone from the sending county, the receiving
     *     county already keeps its identity number, or a plugin failed
     */
    public UUID move(TransferProposal proposal, LocalDate on) {
        TenantId from = proposal.from();
        TenantId to = proposal.to();
        UUID oldId = proposal.getCadreId();
        UUID newId = UUID.randomUUID();
        CadreTransferred moved = new CadreTransferred(from, to, oldId, newId, on, proposal.getId());
        String summary = proposal.getCadreName() + " " + from.code() + " → " + to.code();
        Sent sent = WallPhase.run(em, Tenancy.writing(from), () -> send(proposal, on, moved, summary));
        WallPhase.run(em, Tenancy.writing(to), () -> {
            receive(sent, moved, on, summary);
            return null;
        });
        platform.fire(new PlatformAction(
                "cadre.transfer", "cadre", oldId.toString(), summary, null, json(proposal, newId, on)));
        return newId;
    }

    private record Sent(FileRows file, String idNumber, Map<String, List<Map<String, String>>> plugins) {}

    private Sent send(TransferProposal proposal, LocalDate on, CadreTransferred moved, String summary) {
        String from = proposal.from().code();
        UUID oldId = proposal.getCadreId();
        Sent sent = WallPhase.jdbc(em, connection -> {
            FileRows file = FileRows.read(connection, from, oldId);
            if (!file.found()
                    || !"ACTIVE".equals(file.rows(FileRows.CADRE).getFirst().get("status"))) {
                throw new TransferRefusedException(TransferProblem.CADRE_NOT_FOUND);
            }
            CountySide.endOpenHoldings(connection, from, oldId, on);
            file = FileRows.read(connection, from, oldId);
            CountySide.markTransferredOut(
                    connection, from, oldId, on, "→ " + proposal.to().code());
            return new Sent(file, CountySide.idNumberOf(connection, from, oldId), Map.of());
        });
        Map<String, List<Map<String, String>>> plugins = handOver.handOver(moved);
        audit.record(
                proposal.from(),
                "cadre.transfer.out",
                "cadre",
                oldId.toString(),
                summary,
                null,
                json(proposal, moved.newCadreId(), on));
        return new Sent(sent.file(), sent.idNumber(), plugins);
    }

    private void receive(Sent sent, CadreTransferred moved, LocalDate on, String summary) {
        String to = moved.to().code();
        WallPhase.jdbc(em, connection -> {
            if (sent.idNumber() != null
                    && CountySide.byIdNumber(connection, to, sent.idNumber()).isPresent()) {
                throw new TransferRefusedException(TransferProblem.ALREADY_IN_TARGET);
            }
            Map<String, Object> cadre = new HashMap<>();
            cadre.put("status", "ACTIVE");
            cadre.put("status_since", java.sql.Date.valueOf(on));
            cadre.put("unit_id", null);
            cadre.put("current_post", null);
            cadre.put("version", 0L);
            Map<String, Object> holding = new HashMap<>();
            holding.put("unit_id", null);
            holding.put("position_id", null);
            return sent.file().write(connection, to, moved.newCadreId(), cadre, Map.of("post_holding", holding));
        });
        handOver.takeOver(moved, sent.plugins());
        audit.record(
                moved.to(), "cadre.transfer.in", "cadre", moved.newCadreId().toString(), summary, null, null);
    }

    private static String json(TransferProposal proposal, UUID newId, LocalDate on) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("transfer", proposal.getId().toString());
        fields.put("proposer", proposal.proposer().code());
        fields.put("from", proposal.from().code());
        fields.put("to", proposal.to().code());
        fields.put("oldCadreId", proposal.getCadreId().toString());
        fields.put("newCadreId", newId.toString());
        fields.put("effective", on.toString());
        return AuditJson.of(fields);
    }
}
