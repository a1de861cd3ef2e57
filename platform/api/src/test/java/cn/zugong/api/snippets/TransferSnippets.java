package cn.zugong.api.snippets;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.api.transfer.CadreTransfer;
import cn.zugong.api.transfer.CadreTransferListener;
import cn.zugong.api.transfer.CadreTransferred;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pf4j.Extension;

// spotless:off
class TransferSnippets {
    /** The plugin's own service. */
    static class Records {
        Records(PluginContext context) {}

        List<Map<String, String>> of(UUID cadreId) { return List.of(); }

        void add(UUID cadreId, List<Map<String, String>> rows) {}
    }

    CadreTransfer transfers(PluginContext context, TenantId wenjiang, TenantId pidu) {
        // the province's department // @start region=transfers
        CadreTransfer proposed = context.transfers().propose(wenjiang, pidu, "510115198001010012", "王建国", "交流锻炼");
        // each county's tenant-admin
        for (CadreTransfer waiting : context.transfers().awaitingAnswer()) {
            context.transfers().accept(waiting.id());
        }
        // @end
        return proposed;
    }

    @Extension // @start region=listener
    public static class RecordsFollowTheCadre implements CadreTransferListener { // @replace substring="static " replacement=""
        private final Records records;
        public RecordsFollowTheCadre(PluginContext context) { this.records = new Records(context); }
        public List<Map<String, String>> handOver(CadreTransferred transfer) {
            return records.of(transfer.oldCadreId());
        }
        public void takeOver(CadreTransferred transfer, List<Map<String, String>> rows) {
            records.add(transfer.newCadreId(), rows);
        }
    }
    // @end
}
// spotless:on
