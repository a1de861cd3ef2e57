package cn.zugong.plugin.training.extension;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.api.transfer.CadreTransferListener;
import cn.zugong.api.transfer.CadreTransferred;
import cn.zugong.plugin.training.data.RecordRepository;
import cn.zugong.plugin.training.data.TransferRows;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * A cadre's training records follow the cadre in a cross-county transfer (SDK 1.3.0): the hours
 * credited in the sending county are read there and stored in the receiving county as records of
 * source TRANSFER, so the cadre's standing (yearly and five-year requirement) is whole in the new
 * county. The sending county keeps its own records (its read-only file) and its enrollments, which
 * belong to its own courses.
 */
@Extension
public class RecordsFollowTheCadre implements CadreTransferListener {

    private final PluginContext context;

    public RecordsFollowTheCadre(PluginContext context) {
        this.context = context;
    }

    @Override
    public List<Map<String, String>> handOver(CadreTransferred transfer) {
        TenantId from = transfer.from();
        return context.persistence()
                .inTransaction(em -> TransferRows.of(new RecordRepository(em, from).ofCadre(transfer.oldCadreId())));
    }

    @Override
    public void takeOver(CadreTransferred transfer, List<Map<String, String>> rows) {
        context.persistence().run(em -> new RecordRepository(em, transfer.to())
                .addTransferred(
                        TransferRows.toRecords(transfer.newCadreId(), rows),
                        context.clock().instant()));
    }
}
