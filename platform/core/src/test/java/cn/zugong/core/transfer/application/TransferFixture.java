package cn.zugong.core.transfer.application;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.audit.PlatformAction;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.transfer.domain.TransferProposal;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import java.lang.annotation.Annotation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The province, two cities and three counties on H2, the transfer services wired as CDI wires them,
 * and a cadre's file with one row in every part; the users act in their own transactions.
 */
final class TransferFixture implements AutoCloseable {

    static final TenantId PROVINCE = new TenantId("510000");
    static final TenantId CHENGDU = new TenantId("510100");
    static final TenantId WENJIANG = new TenantId("510115");
    static final TenantId PIDU = new TenantId("510117");
    static final TenantId MIANYANG = new TenantId("510700");
    static final TenantId FUCHENG = new TenantId("510703");
    static final String ID_NUMBER = "51011519800101001X";

    final TestDatabase db = new TestDatabase(TransferProposal.class, Cadre.class);
    final EntityManager em = db.entityManager();
    final List<PlatformAction> platform = new ArrayList<>();
    final AuditTrail audit = TestDatabase.auditTrail(em);
    final TransferService service;
    final TransferHandOver handOver;

    TransferFixture(PluginHost plugins) throws SQLException {
        Tenant province = tenant(PROVINCE, null);
        Tenant chengdu = tenant(CHENGDU, province);
        Tenant mianyang = tenant(MIANYANG, province);
        List<Tenant> all = List.of(
                province,
                chengdu,
                tenant(WENJIANG, chengdu),
                tenant(PIDU, chengdu),
                mianyang,
                tenant(FUCHENG, mianyang));
        TenantDirectory tenants = new TenantDirectory() {
            @Override
            public List<Tenant> all() {
                return all;
            }
        };
        handOver = TestDatabase.wire(new TransferHandOver(), "plugins", plugins);
        CadreMove move = new CadreMove();
        TestDatabase.wire(move, "em", em);
        TestDatabase.wire(move, "audit", audit);
        TestDatabase.wire(move, "handOver", handOver);
        TestDatabase.wire(move, "platform", new Recorded());
        service = new TransferService();
        TestDatabase.wire(service, "em", em);
        TestDatabase.wire(service, "tenants", tenants);
        TestDatabase.wire(service, "audit", audit);
        TestDatabase.wire(service, "move", move);
    }

    private Tenant tenant(TenantId id, Tenant parent) throws SQLException {
        Tenant tenant = new Tenant(id, parent, id.code(), id.code());
        db.execute(
                "insert into tenant (code, parent_code, path, name_zh, name_en) values (?, ?, ?, ?, ?)",
                id.code(),
                parent == null ? null : parent.id().code(),
                tenant.path(),
                id.code(),
                id.code());
        return tenant;
    }

    /** Runs work as a user of a tenant, in a transaction of its own. */
    <T> T as(String user, String role, TenantId tenant, Supplier<T> work) {
        CurrentUserHolder.set(new CurrentUser(user, user, Set.of(role), Set.of()));
        TenancyHolder.set(Tenancy.writing(tenant));
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            em.getTransaction().rollback();
            throw e;
        } finally {
            em.clear();
            TenancyHolder.clear();
            CurrentUserHolder.clear();
        }
    }

    /** A Wenjiang cadre with one open post, a family member, an assessment, a reward, a status change and a photo. */
    UUID wenjiangCadre() throws SQLException {
        UUID id = UUID.randomUUID();
        String t = WENJIANG.code();
        db.execute(
                "insert into cadre (tenant_id, id, name, name_pinyin, name_initials, gender, birth_date, ethnicity,"
                        + " id_number, political_status, management_authority, status, status_since, current_post)"
                        + " values (?, ?, '王建国', 'wangjianguo', 'wjg', 'MALE', date '1980-01-01', '汉族', ?,"
                        + " 'CPC_MEMBER', 'COUNTY', 'ACTIVE', date '2020-01-01', '温江区财政局局长')",
                t,
                id,
                ID_NUMBER);
        db.execute(
                "insert into post_holding (tenant_id, id, cadre_id, unit_name, title, start_date, end_date)"
                        + " values (?, ?, ?, '温江区商务局', '副局长', date '2012-03-01', date '2016-05-01')",
                t,
                UUID.randomUUID(),
                id);
        db.execute(
                "insert into post_holding (tenant_id, id, cadre_id, unit_name, title, start_date)"
                        + " values (?, ?, ?, '温江区财政局', '局长', date '2016-05-01')",
                t,
                UUID.randomUUID(),
                id);
        db.execute(
                "insert into family_member (tenant_id, id, cadre_id, sort_order, relation, kinship_class, name)"
                        + " values (?, ?, ?, 1, '妻子', 'SPOUSE', '李梅')",
                t,
                UUID.randomUUID(),
                id);
        db.execute(
                "insert into assessment (tenant_id, id, cadre_id, assessment_year, grade) values (?, ?, ?, 2024, 'EXCELLENT')",
                t,
                UUID.randomUUID(),
                id);
        db.execute(
                "insert into reward_punishment (tenant_id, id, cadre_id, kind, decided_on, title)"
                        + " values (?, ?, ?, 'REWARD', date '2023-06-01', '嘉奖')",
                t,
                UUID.randomUUID(),
                id);
        db.execute(
                "insert into cadre_status_change (tenant_id, id, cadre_id, status, effective_date)"
                        + " values (?, ?, ?, 'ACTIVE', date '2020-01-01')",
                t,
                UUID.randomUUID(),
                id);
        db.execute(
                "insert into cadre_photo (tenant_id, cadre_id, media_type, content) values (?, ?, 'image/jpeg', ?)",
                t,
                id,
                new byte[] {1, 2, 3});
        return id;
    }

    /** A number read as the owner, past every filter. */
    long count(String sql, Object... values) throws SQLException {
        try (Connection owner = DriverManager.getConnection(db.url(), "sa", "");
                PreparedStatement select = owner.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Texts read as the owner, one per row. */
    List<String> texts(String sql, Object... values) throws SQLException {
        try (Connection owner = DriverManager.getConnection(db.url(), "sa", "");
                PreparedStatement select = owner.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            List<String> texts = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    texts.add(row.getString(1));
                }
            }
            return texts;
        }
    }

    @Override
    public void close() throws Exception {
        em.close();
        db.close();
    }

    /** The platform chain's observer: here, the list {@link #platform}. */
    private final class Recorded implements Event<PlatformAction> {
        public void fire(PlatformAction action) {
            platform.add(action);
        }

        public <U extends PlatformAction> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        public <U extends PlatformAction> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        public Event<PlatformAction> select(Annotation... qualifiers) {
            return this;
        }

        public <U extends PlatformAction> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        public <U extends PlatformAction> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
