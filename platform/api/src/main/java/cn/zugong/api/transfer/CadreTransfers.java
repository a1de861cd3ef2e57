package cn.zugong.api.transfer;

import cn.zugong.api.tenant.TenantId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Cross-county transfers (xianji jiaoliu), for the pages that drive them. A department above two
 * counties (a city's for counties of its city, the province's for any, so a move between cities
 * goes through the province) proposes; the tenant-admins of both counties accept, in either order;
 * the second acceptance moves the cadre's file with its whole history into the receiving county in
 * one transaction, leaves the sending county a read-only record marked transferred out, records the
 * move in both counties' audit trails and the platform's, and lets every plugin hand its data over
 * ({@link CadreTransferListener}).
 *
 * <p>The proposer reads no county's data: it names the cadre by identity number and name, which the
 * platform checks in the sending county. Both counties see the proposal ({@link CadreTransfer}) and
 * nothing else of each other's data.
 *
 * {@snippet class=cn.zugong.api.snippets.TransferSnippets region=transfers :
 * // the province's department
 * CadreTransfer proposed = context.transfers().propose(wenjiang, pidu, "510115198001010012", "王建国", "交流锻炼");
 * // each county's tenant-admin
 * for (CadreTransfer waiting : context.transfers().awaitingAnswer()) {
 *     context.transfers().accept(waiting.id());
 * }
 * }
 *
 * @since 1.3.0
 */
public interface CadreTransfers {

    /**
     * The counties between which the request's tenant may propose transfers: the active counties
     * below it; empty for a county.
     */
    List<TenantId> countiesBelow();

    /** The name of a county (or department) a transfer names, in the locale, as the platform keeps it. */
    String countyName(TenantId county, Locale locale);

    /**
     * Proposes to move a cadre of {@code from} to {@code to}.
     *
     * @throws TransferRefusedException when the request's tenant is not above both counties, the
     *     cadre is not found in {@code from} under that identity number and name, or it already has
     *     an open transfer
     */
    CadreTransfer propose(TenantId from, TenantId to, String identityNumber, String name, String reason);

    /** What the request's tenant proposed, newest first. */
    List<CadreTransfer> proposed();

    /** The transfers concerning the request's county (sending or receiving), newest first. */
    List<CadreTransfer> concerning();

    /** The open transfers the request's county has not answered yet, newest first. */
    List<CadreTransfer> awaitingAnswer();

    /**
     * Accepts a transfer for the request's county; the second county's acceptance moves the file.
     *
     * @return the transfer after the answer
     * @throws TransferRefusedException when the user is not a tenant-admin of one of the counties,
     *     the transfer is not open, or a plugin could not hand its data over (nothing moved then)
     */
    CadreTransfer accept(UUID transferId);

    /**
     * Refuses a transfer for the request's county; it is closed.
     *
     * @throws TransferRefusedException as {@link #accept}, or without a reason
     */
    CadreTransfer refuse(UUID transferId, String reason);

    /**
     * Withdraws an open transfer the request's tenant proposed.
     *
     * @throws TransferRefusedException when it is not the proposer's or no longer open
     */
    CadreTransfer withdraw(UUID transferId);
}
