package cn.zugong.core.transfer.application;

import static cn.zugong.core.transfer.application.TransferFixture.ID_NUMBER;
import static cn.zugong.core.transfer.application.TransferFixture.PIDU;
import static cn.zugong.core.transfer.application.TransferFixture.PROVINCE;
import static cn.zugong.core.transfer.application.TransferFixture.WENJIANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.transfer.CadreTransfer;
import cn.zugong.api.transfer.CadreTransferListener;
import cn.zugong.api.transfer.CadreTransferred;
import cn.zugong.api.transfer.TransferProblem;
import cn.zugong.api.transfer.TransferRefusedException;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.domain.PluginTransferListener;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.tenant.TenancyHolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plugin's share of a move: it hands its rows over bound to the sending county and takes them
 * over bound to the receiving one, never both at once; a plugin that fails rolls the move back.
 */
class TransferHandOverTest {

    private final List<String> calls = new ArrayList<>();

    private final class Training implements CadreTransferListener {
        private final boolean failing;

        Training(boolean failing) {
            this.failing = failing;
        }

        @Override
        public List<Map<String, String>> handOver(CadreTransferred transfer) {
            calls.add("handOver as "
                    + TenancyHolder.current().writable().orElseThrow().code());
            return List.of(Map.of("course", "党性教育专题班"));
        }

        @Override
        public void takeOver(CadreTransferred transfer, List<Map<String, String>> rows) {
            calls.add("takeOver as "
                    + TenancyHolder.current().writable().orElseThrow().code() + " " + rows);
            if (failing) {
                throw new IllegalStateException("broken plugin");
            }
        }
    }

    private PluginHost hostWith(CadreTransferListener listener) {
        return new PluginHost() {
            @Override
            public List<PluginTransferListener> transferListeners() {
                return List.of(new PluginTransferListener("training", listener));
            }
        };
    }

    private CadreTransfer moveWith(TransferFixture f) {
        CadreTransfer proposed = f.as(
                "sichuan-officer",
                CurrentUser.OFFICER,
                PROVINCE,
                () -> f.service.propose(WENJIANG, PIDU, ID_NUMBER, "王建国", "交流锻炼"));
        f.as("pidu-admin", CurrentUser.TENANT_ADMIN, PIDU, () -> f.service.accept(proposed.id()));
        return f.as("wenjiang-admin", CurrentUser.TENANT_ADMIN, WENJIANG, () -> f.service.accept(proposed.id()));
    }

    @Test
    void thePluginHandsOverBoundToWenjiangAndTakesOverBoundToPidu() throws Exception {
        try (TransferFixture f = new TransferFixture(hostWith(new Training(false)))) {
            f.wenjiangCadre();
            moveWith(f);
        }
        assertThat(calls).containsExactly("handOver as 510115", "takeOver as 510117 [{course=党性教育专题班}]");
    }

    @Test
    void aFailingPluginRollsTheMoveBack() throws Exception {
        try (TransferFixture f = new TransferFixture(hostWith(new Training(true)))) {
            f.wenjiangCadre();
            assertThatThrownBy(() -> moveWith(f))
                    .isInstanceOfSatisfying(TransferRefusedException.class, e -> assertThat(e.problem())
                            .isEqualTo(TransferProblem.HANDOVER_FAILED));
            assertThat(f.count("select count(*) from cadre where tenant_id = ?", PIDU.code()))
                    .isZero();
            assertThat(f.texts("select status from cadre where tenant_id = ?", WENJIANG.code()))
                    .containsExactly("ACTIVE");
        }
    }
}
