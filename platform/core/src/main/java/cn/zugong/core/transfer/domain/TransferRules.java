package cn.zugong.core.transfer.domain;

import cn.zugong.api.transfer.TransferProblem;
import cn.zugong.api.transfer.TransferRefusedException;
import cn.zugong.api.transfer.TransferStatus;

/**
 * Who may propose a transfer and how answers move it along. A department proposes only between two
 * counties below it in the tenant tree: a city's department for counties of its city, the
 * province's for any of the province, so a move between two cities always goes through the
 * province (ARCHITECTURE.md, Tenancy; issue 19).
 */
public final class TransferRules {

    /** The longest reason or refusal kept (the column's length). */
    public static final int REASON_LENGTH = 500;

    private TransferRules() {}

    /**
     * Whether the tenant at {@code proposerPath} is above both counties (tree paths such as {@code
     * /510000/510100/510115/}).
     */
    public static boolean above(String proposerPath, String fromPath, String toPath) {
        return fromPath.startsWith(proposerPath)
                && toPath.startsWith(proposerPath)
                && !fromPath.equals(proposerPath)
                && !toPath.equals(proposerPath);
    }

    /** A reason as kept, or refused when blank or too long. */
    public static String reason(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > REASON_LENGTH) {
            throw new TransferRefusedException(TransferProblem.REASON);
        }
        return text;
    }

    /** The status after one county's acceptance; MOVED once both accepted. */
    public static TransferStatus afterAcceptance(TransferStatus status, TransferProposal.Side side) {
        boolean from = side == TransferProposal.Side.FROM;
        return switch (status) {
            case PROPOSED -> from ? TransferStatus.ACCEPTED_BY_FROM : TransferStatus.ACCEPTED_BY_TO;
            case ACCEPTED_BY_FROM -> {
                if (from) {
                    throw new TransferRefusedException(TransferProblem.NOT_OPEN);
                }
                yield TransferStatus.MOVED;
            }
            case ACCEPTED_BY_TO -> {
                if (!from) {
                    throw new TransferRefusedException(TransferProblem.NOT_OPEN);
                }
                yield TransferStatus.MOVED;
            }
            case MOVED, REFUSED, WITHDRAWN -> throw new TransferRefusedException(TransferProblem.NOT_OPEN);
        };
    }
}
