package cn.zugong.core.selection.application.gate;

import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.selection.domain.RecordedException;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.eligibility.EligibilityRulePack;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitPosition;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A county on the portal's schema (H2) for the platform's gates: units with approved posts,
 * positions, cadres with their holdings, and a case with candidates, written as the owner would.
 */
final class GateFixture implements AutoCloseable {

    static final String WENJIANG = "510115";

    final TestDatabase db = new TestDatabase(
            SelectionCase.class,
            SelectionCandidate.class,
            RecordedException.class,
            UnitPosition.class,
            OrgUnit.class,
            PostHolding.class,
            Cadre.class,
            EligibilityRulePack.class);
    final EntityManager em;

    GateFixture() throws Exception {
        db.tenant(WENJIANG);
        TenancyHolder.set(Tenancy.writing(new TenantId(WENJIANG)));
        CurrentUserHolder.set(new CurrentUser("wj-officer", "officer", Set.of(CurrentUser.OFFICER), Set.of()));
        em = db.entityManager();
    }

    UUID unit(String type, int principalPosts, int deputyPosts) throws Exception {
        UUID id = UUID.randomUUID();
        db.execute(
                "insert into org_unit (tenant_id, id, name, unit_type, principal_posts, deputy_posts)"
                        + " values (?, ?, ?, ?, ?, ?)",
                WENJIANG,
                id,
                "unit " + id,
                type,
                principalPosts,
                deputyPosts);
        return id;
    }

    UUID position(UUID unit, PostLevel level, boolean principal) throws Exception {
        UUID id = UUID.randomUUID();
        db.execute(
                "insert into unit_position (tenant_id, id, unit_id, title, post_level, principal, selection)"
                        + " values (?, ?, ?, 'post', ?, ?, 'APPOINTED')",
                WENJIANG,
                id,
                unit,
                level.name(),
                principal);
        return id;
    }

    /** A cadre who started work in July 2002, with a university degree, healthy. */
    UUID cadre() throws Exception {
        UUID id = UUID.randomUUID();
        db.execute(
                "insert into cadre (tenant_id, id, name, name_pinyin, name_initials, gender, birth_date, ethnicity,"
                        + " political_status, management_authority, status, status_since, work_started, ft_level,"
                        + " health) values (?, ?, '王明', 'x', 'x', 'MALE', date '1980-01-01', 'x', 'CPC_MEMBER',"
                        + " 'COUNTY', 'ACTIVE', date '2020-01-01', '200207', 'UNIVERSITY', 'HEALTHY')",
                WENJIANG,
                id);
        return id;
    }

    /** A holding; {@code level} null for a post without leadership rank; {@code to} null while held. */
    void holding(UUID cadre, UUID unit, PostLevel level, boolean principal, boolean main, String from, String to)
            throws Exception {
        db.execute(
                "insert into post_holding (tenant_id, id, cadre_id, unit_id, unit_name, title, post_level, principal,"
                        + " main_post, start_date, end_date) values (?, ?, ?, ?, 'u', ?, ?, ?, ?, ?, ?)",
                WENJIANG,
                UUID.randomUUID(),
                cadre,
                unit,
                "post since " + from,
                level == null ? null : level.name(),
                principal,
                main,
                Date.valueOf(from),
                to == null ? null : Date.valueOf(to));
    }

    /** A current deputy (or principal) of the unit, as many as asked. */
    void holders(UUID unit, boolean principal, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            holding(
                    cadre(),
                    unit,
                    principal ? PostLevel.TOWNSHIP_PRINCIPAL : PostLevel.TOWNSHIP_DEPUTY,
                    principal,
                    true,
                    "2020-01-01",
                    null);
        }
    }

    UUID appointmentCase(UUID position, UUID unit) throws Exception {
        UUID id = UUID.randomUUID();
        db.execute(
                "insert into selection_case (tenant_id, id, case_no, kind, title, unit_id, position_id, step, step_since,"
                        + " status, opened_at, opened_by) values (?, ?, '2026-001', 'APPOINT', 't', ?, ?, 'DECISION',"
                        + " current_timestamp, 'OPEN', current_timestamp, 'officer')",
                WENJIANG,
                id,
                unit,
                position);
        return id;
    }

    void candidate(UUID caseId, UUID cadre) throws Exception {
        db.execute(
                "insert into selection_candidate (tenant_id, id, case_id, cadre_id, inspected) values (?, ?, ?, ?, true)",
                WENJIANG,
                UUID.randomUUID(),
                caseId,
                cadre);
    }

    GateCandidate candidate(UUID caseId, UUID cadre, boolean promotion, PostLevel target, LocalDate at) {
        return new GateCandidate(
                new TenantId(WENJIANG),
                caseId,
                cadre,
                SelectionKind.APPOINT,
                SelectionStep.DECISION,
                promotion,
                Optional.ofNullable(target).map(Enum::name),
                at);
    }

    @Override
    public void close() {
        em.close();
        db.close();
        TenancyHolder.clear();
        CurrentUserHolder.clear();
    }
}
