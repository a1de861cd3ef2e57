package cn.zugong.api.transfer;

import java.util.List;
import java.util.Map;
import org.pf4j.ExtensionPoint;

/**
 * Extension point: a plugin's share of a cross-county transfer. When a cadre's file moves, the
 * platform calls every running plugin twice, inside the move's transaction: {@link #handOver} with
 * the sending county as the request's writable tenant, then {@link #takeOver} with the receiving
 * county, giving it what {@code handOver} returned. Plugin code never reads the sending county while
 * bound to the receiving one: the rows travel as plain values. A call that throws rolls the whole
 * move back (the file moves whole or not at all); the answering county sees that a plugin failed.
 *
 * <p>Ids of the sending county (its courses, its cases) mean nothing in the receiving county: hand
 * over the values a record needs, not references to rows that stay behind.
 *
 * {@snippet class=cn.zugong.api.snippets.TransferSnippets region=listener :
 * @Extension
 * public class RecordsFollowTheCadre implements CadreTransferListener {
 *     private final Records records;
 *     public RecordsFollowTheCadre(PluginContext context) { this.records = new Records(context); }
 *     public List<Map<String, String>> handOver(CadreTransferred transfer) {
 *         return records.of(transfer.oldCadreId());
 *     }
 *     public void takeOver(CadreTransferred transfer, List<Map<String, String>> rows) {
 *         records.add(transfer.newCadreId(), rows);
 *     }
 * }
 * }
 *
 * @since 1.3.0
 */
public interface CadreTransferListener extends ExtensionPoint {

    /**
     * The plugin's data for the cadre in the sending county, as rows of named values; bound to the
     * sending county ({@link CadreTransferred#from}).
     */
    List<Map<String, String>> handOver(CadreTransferred transfer);

    /**
     * Stores in the receiving county what {@link #handOver} returned; bound to the receiving county
     * ({@link CadreTransferred#to}).
     */
    void takeOver(CadreTransferred transfer, List<Map<String, String>> rows);
}
