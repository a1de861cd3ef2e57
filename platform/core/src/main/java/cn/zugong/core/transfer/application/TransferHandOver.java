package cn.zugong.core.transfer.application;

import cn.zugong.api.transfer.CadreTransferred;
import cn.zugong.api.transfer.TransferProblem;
import cn.zugong.api.transfer.TransferRefusedException;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.domain.PluginTransferListener;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The plugins' share of a move (SDK {@code CadreTransferListener}): each running plugin hands over
 * its data bound to the sending county, and takes it over bound to the receiving county; plugin
 * code never holds both. A plugin that throws fails the move (rolled back whole, the answering
 * county is told) but is not stopped: the operator decides about it.
 */
@ApplicationScoped
public class TransferHandOver {

    private static final Logger LOG = Logger.getLogger(TransferHandOver.class.getName());

    @Inject
    PluginHost plugins;

    /** What each plugin hands over, by plugin id; call it bound to the sending county. */
    public Map<String, List<Map<String, String>>> handOver(CadreTransferred moved) {
        Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
        for (PluginTransferListener hook : plugins.transferListeners()) {
            List<Map<String, String>> handed = call(hook, () -> hook.listener().handOver(moved), moved, true);
            rows.put(hook.pluginId(), handed == null ? List.of() : List.copyOf(handed));
        }
        return rows;
    }

    /** Gives each plugin what it handed over; call it bound to the receiving county. */
    public void takeOver(CadreTransferred moved, Map<String, List<Map<String, String>>> rows) {
        for (PluginTransferListener hook : plugins.transferListeners()) {
            List<Map<String, String>> handed = rows.getOrDefault(hook.pluginId(), List.of());
            call(
                    hook,
                    () -> {
                        hook.listener().takeOver(moved, handed);
                        return null;
                    },
                    moved,
                    false);
        }
    }

    private static <T> T call(
            PluginTransferListener hook, java.util.function.Supplier<T> work, CadreTransferred moved, boolean sending) {
        Tenancy county = Tenancy.writing(sending ? moved.from() : moved.to());
        try {
            return TenancyHolder.callAs(county, work);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(
                    Level.WARNING,
                    e,
                    () -> "Plugin " + hook.pluginId() + " failed the " + (sending ? "hand-over" : "take-over")
                            + " of transfer " + moved.proposalId());
            throw new TransferRefusedException(TransferProblem.HANDOVER_FAILED);
        }
    }
}
