package cn.zugong.core.transfer.application;

import static cn.zugong.core.transfer.application.TransferFixture.CHENGDU;
import static cn.zugong.core.transfer.application.TransferFixture.FUCHENG;
import static cn.zugong.core.transfer.application.TransferFixture.ID_NUMBER;
import static cn.zugong.core.transfer.application.TransferFixture.MIANYANG;
import static cn.zugong.core.transfer.application.TransferFixture.PIDU;
import static cn.zugong.core.transfer.application.TransferFixture.PROVINCE;
import static cn.zugong.core.transfer.application.TransferFixture.WENJIANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.transfer.CadreTransfer;
import cn.zugong.api.transfer.TransferProblem;
import cn.zugong.api.transfer.TransferRefusedException;
import cn.zugong.api.transfer.TransferStatus;
import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.application.MovedOutFiles;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.transfer.infrastructure.FileRows;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Wenjiang → Pidu transfer on the run default's database (H2): proposed by the province's
 * department, accepted by both counties in either order, the file moves whole (every part, the
 * photo), Wenjiang keeps a read-only record marked transferred out, and both counties' trails and
 * the platform's record it. Who may propose and answer is checked.
 */
class CadreTransferTest {

    private static final String ADMIN = CurrentUser.TENANT_ADMIN;
    private static final String OFFICER = CurrentUser.OFFICER;

    private TransferFixture f;
    private UUID wang;

    @BeforeEach
    void setUp() throws Exception {
        f = new TransferFixture(new PluginHost());
        wang = f.wenjiangCadre();
    }

    @AfterEach
    void tearDown() throws Exception {
        f.close();
    }

    private CadreTransfer propose() {
        return f.as(
                "sichuan-officer",
                OFFICER,
                PROVINCE,
                () -> f.service.propose(WENJIANG, PIDU, ID_NUMBER.toLowerCase(), " 王建国 ", "交流锻炼"));
    }

    @Test
    void theProvincesDepartmentProposesAndTheProposalShowsOnlyNameAndPost() {
        CadreTransfer proposed = propose();

        assertThat(proposed.status()).isEqualTo(TransferStatus.PROPOSED);
        assertThat(proposed.cadreId()).isEqualTo(wang);
        assertThat(proposed.cadreName()).isEqualTo("王建国");
        assertThat(proposed.currentPost()).contains("温江区财政局局长");
        List<CadreTransfer> pending = f.as("pidu-admin", ADMIN, PIDU, () -> f.service.awaitingAnswer());
        assertThat(pending).extracting(CadreTransfer::id).containsExactly(proposed.id());
        assertThat(f.as("x", ADMIN, FUCHENG, () -> f.service.concerning())).isEmpty();
    }

    @Test
    void bothAcceptancesMoveTheWholeFileAndWenjiangKeepsAReadOnlyRecord() throws Exception {
        CadreTransfer proposed = propose();
        CadreTransfer half = f.as("pidu-admin", ADMIN, PIDU, () -> f.service.accept(proposed.id()));
        assertThat(half.status()).isEqualTo(TransferStatus.ACCEPTED_BY_TO);
        assertThat(f.count("select count(*) from cadre where tenant_id = ?", PIDU.code()))
                .as("nothing of the cadre in Pidu before both accepted")
                .isZero();

        CadreTransfer moved = f.as("wenjiang-admin", ADMIN, WENJIANG, () -> f.service.accept(proposed.id()));

        assertThat(moved.status()).isEqualTo(TransferStatus.MOVED);
        UUID newId = moved.newCadreId().orElseThrow();
        assertThat(newId).isNotEqualTo(wang);
        for (String part : FileRows.PARTS) {
            long before = f.count(
                    "select count(*) from " + part + " where tenant_id = ? and cadre_id = ?", WENJIANG.code(), wang);
            long after = f.count(
                    "select count(*) from " + part + " where tenant_id = ? and cadre_id = ?", PIDU.code(), newId);
            long expected = part.equals("cadre_status_change") ? before - 1 : before;
            assertThat(after).as(part).isEqualTo(expected).isPositive();
        }
        assertThat(f.texts("select status from cadre where tenant_id = ? and id = ?", PIDU.code(), newId))
                .containsExactly("ACTIVE");
        assertThat(f.texts("select current_post from cadre where tenant_id = ? and id = ?", PIDU.code(), newId))
                .as("no post in Pidu until an appointment there")
                .containsExactly((String) null);
        assertThat(f.count(
                        "select count(*) from post_holding where tenant_id = ? and cadre_id = ? and end_date is null",
                        PIDU.code(),
                        newId))
                .isZero();
        assertThat(f.texts("select id_number from cadre where tenant_id = ? and id = ?", PIDU.code(), newId))
                .containsExactly(ID_NUMBER);

        assertThat(f.texts("select status from cadre where tenant_id = ? and id = ?", WENJIANG.code(), wang))
                .containsExactly("TRANSFERRED_OUT");
        assertThat(f.count(
                        "select count(*) from post_holding where tenant_id = ? and cadre_id = ? and end_date is null",
                        WENJIANG.code(),
                        wang))
                .as("the Wenjiang post ended")
                .isZero();
        assertThat(MovedOutFiles.isMovedOut(f.em, WENJIANG.code(), wang)).isTrue();
    }

    @Test
    void wenjiangsOfficerCannotChangeTheRecordThatMovedOut() throws Exception {
        CadreTransfer proposed = propose();
        f.as("wenjiang-admin", ADMIN, WENJIANG, () -> f.service.accept(proposed.id()));
        f.as("pidu-admin", ADMIN, PIDU, () -> f.service.accept(proposed.id()));
        CurrentUserHolder.set(new CurrentUser("wenjiang-officer", "", Set.of(OFFICER), Set.of()));
        TenancyHolder.set(Tenancy.writing(WENJIANG));
        // an entity manager of Wenjiang's request, as the page's
        EntityManager wenjiang = f.db.entityManager();
        try {
            CadreService cadres =
                    TestDatabase.wire(TestDatabase.wire(new CadreService(), "em", wenjiang), "reports", wenjiang);
            wenjiang.getTransaction().begin();
            Cadre record = wenjiang.find(Cadre.class, wang);
            assertThat(record.getStatus()).isEqualTo(CadreStatus.TRANSFERRED_OUT);
            record.setName("改名");
            assertThatThrownBy(() -> cadres.save(record))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessage(MovedOutFiles.REFUSED);
            wenjiang.getTransaction().rollback();
        } finally {
            wenjiang.close();
            TenancyHolder.clear();
            CurrentUserHolder.clear();
        }
        assertThat(f.texts("select name from cadre where id = ?", wang)).containsExactly("王建国");
    }

    @Test
    void bothCountiesTrailsAndThePlatformsRecordTheMove() throws Exception {
        CadreTransfer proposed = propose();
        f.as("wenjiang-admin", ADMIN, WENJIANG, () -> f.service.accept(proposed.id()));
        f.as("pidu-admin", ADMIN, PIDU, () -> f.service.accept(proposed.id()));

        String actions = "select action from audit_event where tenant_id = ? order by seq";
        assertThat(f.texts(actions, WENJIANG.code()))
                .containsExactly("cadre.transfer.propose", "cadre.transfer.accept", "cadre.transfer.out");
        assertThat(f.texts(actions, PIDU.code())).containsExactly("cadre.transfer.accept", "cadre.transfer.in");
        assertThat(f.texts(actions, PROVINCE.code())).containsExactly("cadre.transfer.propose");
        assertThat(f.platform).extracting(a -> a.action()).containsExactly("cadre.transfer");
        for (String tenant : List.of(WENJIANG.code(), PIDU.code())) {
            assertThat(f.count("select max(seq) from audit_event where tenant_id = ?", tenant))
                    .as("the chain head follows the last link of " + tenant)
                    .isEqualTo(f.count("select last_seq from audit_chain_head where tenant_id = ?", tenant));
        }
    }

    @Test
    void onlyADepartmentAboveBothCountiesMayPropose() {
        assertThatThrownBy(() -> f.as(
                        "mianyang-officer",
                        OFFICER,
                        MIANYANG,
                        () -> f.service.propose(WENJIANG, PIDU, ID_NUMBER, "王建国", "交流")))
                .isInstanceOfSatisfying(TransferRefusedException.class, e -> assertThat(e.problem())
                        .isEqualTo(TransferProblem.NOT_ABOVE_BOTH));
        assertThatThrownBy(() -> f.as(
                        "chengdu-officer",
                        OFFICER,
                        CHENGDU,
                        () -> f.service.propose(WENJIANG, FUCHENG, ID_NUMBER, "王建国", "交流")))
                .as("a move between two cities goes through the province")
                .isInstanceOfSatisfying(TransferRefusedException.class, e -> assertThat(e.problem())
                        .isEqualTo(TransferProblem.NOT_ABOVE_BOTH));
        assertThatThrownBy(() -> f.as(
                        "pidu-officer", OFFICER, PIDU, () -> f.service.propose(WENJIANG, PIDU, ID_NUMBER, "王建国", "交流")))
                .isInstanceOf(TransferRefusedException.class);
        assertThat(f.as("chengdu-officer", OFFICER, CHENGDU, () -> f.service.countiesBelow()))
                .containsExactly(WENJIANG, PIDU);
    }

    @Test
    void aWrongNameOrNumberFindsNoCadreAndASecondProposalIsRefused() {
        assertThatThrownBy(() -> f.as(
                        "sichuan-officer",
                        OFFICER,
                        PROVINCE,
                        () -> f.service.propose(WENJIANG, PIDU, ID_NUMBER, "王建", "交流")))
                .isInstanceOfSatisfying(TransferRefusedException.class, e -> assertThat(e.problem())
                        .isEqualTo(TransferProblem.CADRE_NOT_FOUND));
        propose();
        assertThatThrownBy(this::propose)
                .isInstanceOfSatisfying(TransferRefusedException.class, e -> assertThat(e.problem())
                        .isEqualTo(TransferProblem.ALREADY_OPEN));
    }

    @Test
    void onlyTheTwoCountiesAdminsAnswerEachOnce() {
        CadreTransfer proposed = propose();
        assertThatThrownBy(() -> f.as("pidu-officer", OFFICER, PIDU, () -> f.service.accept(proposed.id())))
                .isInstanceOfSatisfying(TransferRefusedException.class, e -> assertThat(e.problem())
                        .isEqualTo(TransferProblem.NOT_A_PARTY));
        assertThatThrownBy(() -> f.as("fucheng-admin", ADMIN, FUCHENG, () -> f.service.accept(proposed.id())))
                .isInstanceOfSatisfying(TransferRefusedException.class, e -> assertThat(e.problem())
                        .isEqualTo(TransferProblem.NOT_A_PARTY));
        f.as("pidu-admin", ADMIN, PIDU, () -> f.service.accept(proposed.id()));
        assertThatThrownBy(() -> f.as("pidu-admin", ADMIN, PIDU, () -> f.service.accept(proposed.id())))
                .isInstanceOfSatisfying(TransferRefusedException.class, e -> assertThat(e.problem())
                        .isEqualTo(TransferProblem.NOT_OPEN));
    }

    @Test
    void aRefusalClosesTheProposalAndNothingMoves() throws Exception {
        CadreTransfer proposed = propose();
        CadreTransfer refused =
                f.as("wenjiang-admin", ADMIN, WENJIANG, () -> f.service.refuse(proposed.id(), "工作需要，暂缓"));

        assertThat(refused.status()).isEqualTo(TransferStatus.REFUSED);
        assertThatThrownBy(() -> f.as("pidu-admin", ADMIN, PIDU, () -> f.service.accept(proposed.id())))
                .isInstanceOf(TransferRefusedException.class);
        assertThat(f.count("select count(*) from cadre where tenant_id = ?", PIDU.code()))
                .isZero();
        assertThat(MovedOutFiles.isMovedOut(f.em, WENJIANG.code(), wang)).isFalse();
    }

    @Test
    void theProposerWithdrawsAnOpenProposal() {
        CadreTransfer proposed = propose();
        CadreTransfer withdrawn = f.as("sichuan-officer", OFFICER, PROVINCE, () -> f.service.withdraw(proposed.id()));

        assertThat(withdrawn.status()).isEqualTo(TransferStatus.WITHDRAWN);
        assertThat(f.as("pidu-admin", ADMIN, PIDU, () -> f.service.awaitingAnswer()))
                .isEmpty();
    }

    @Test
    void aCadreWhoseNumberPiduAlreadyKeepsDoesNotMove() throws Exception {
        CadreTransfer proposed = propose();
        f.db.execute(
                "insert into cadre (tenant_id, id, name, name_pinyin, name_initials, gender, birth_date, ethnicity,"
                        + " id_number, political_status, management_authority, status, status_since)"
                        + " values (?, ?, '王建国', 'w', 'w', 'MALE', date '1980-01-01', '汉族', ?, 'CPC_MEMBER',"
                        + " 'COUNTY', 'ACTIVE', date '2020-01-01')",
                PIDU.code(),
                UUID.randomUUID(),
                ID_NUMBER);
        f.as("pidu-admin", ADMIN, PIDU, () -> f.service.accept(proposed.id()));

        assertThatThrownBy(() -> f.as("wenjiang-admin", ADMIN, WENJIANG, () -> f.service.accept(proposed.id())))
                .isInstanceOfSatisfying(TransferRefusedException.class, e -> assertThat(e.problem())
                        .isEqualTo(TransferProblem.ALREADY_IN_TARGET));
        assertThat(f.texts("select status from cadre where tenant_id = ? and id = ?", WENJIANG.code(), wang))
                .as("rolled back whole")
                .containsExactly("ACTIVE");
    }
}
