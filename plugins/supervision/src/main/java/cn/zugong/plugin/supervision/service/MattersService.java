package cn.zugong.plugin.supervision.service;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.Limits;
import cn.zugong.plugin.supervision.Problem;
import cn.zugong.plugin.supervision.Refused;
import cn.zugong.plugin.supervision.SupervisionPermissions;
import cn.zugong.plugin.supervision.data.MattersEntity;
import cn.zugong.plugin.supervision.data.MattersRepository;
import cn.zugong.plugin.supervision.matters.MattersStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The year's personal-matters reports (DOMAIN §4.4): who owes one (the cadres in office at the
 * levels of {@code matters.scope.levels}), their submissions with the items of the configured list,
 * and reading them, each read recorded in the audit trail. The checks are in {@link MattersChecks}, the random draw in {@link DrawService}.
 */
public final class MattersService {

    private final PluginContext context;
    private final Access access;
    private final Rules rules;

    public MattersService(PluginContext context) {
        this.context = context;
        this.access = new Access(context);
        this.rules = new Rules(context);
    }

    /** A report with its cadre, as the pages show it. */
    public record MattersView(MattersEntity report, Optional<CadreRef> cadre) {}

    /**
     * Opens the reports a year owes: one for each cadre in office at a level in scope who has none
     * for the year yet.
     *
     * @return how many were opened
     */
    public int openYear(int year) {
        TenantId county = access.writing(SupervisionPermissions.MANAGE);
        Limits limits = rules.limits(county);
        List<CadreRef> inScope = context.cadres().active().stream()
                .filter(c ->
                        c.postLevel().filter(limits.scopeLevels()::contains).isPresent())
                .toList();
        List<MattersEntity> opened = context.persistence().inTransaction(em -> {
            MattersRepository repository = new MattersRepository(em, county);
            List<MattersEntity> added = new ArrayList<>();
            for (CadreRef cadre : inScope) {
                if (repository.of(cadre.id(), year).isEmpty()) {
                    added.add(repository.add(new MattersEntity(cadre.id(), year, "", rules.now())));
                }
            }
            return added;
        });
        if (!opened.isEmpty()) {
            context.audit()
                    .record(
                            "matters.open",
                            "supervision_matters",
                            county.code() + "/" + year,
                            String.valueOf(year),
                            Map.of(),
                            Map.of("year", year, "opened", opened.size()));
        }
        return opened.size();
    }

    /** The cadre's report of a year is submitted with the items it declares (of {@code matters.items}). */
    public MattersView submit(UUID id, List<String> items) {
        TenantId county = access.writing(SupervisionPermissions.MANAGE);
        Limits limits = rules.limits(county);
        List<String> unknown =
                items.stream().filter(i -> !limits.items().contains(i)).toList();
        if (!unknown.isEmpty()) {
            throw new Refused(Problem.of("items", "supervision.matters.unknownItem", String.join(",", unknown)));
        }
        String declared = String.join(",", items);
        MattersEntity report = new MattersSteps(context)
                .move(
                        county,
                        id,
                        MattersStatus.SUBMITTED,
                        Map.of("items", declared),
                        r -> r.submitted(declared, rules.today()));
        return view(report);
    }

    /** A page of the county's reports of a year. */
    public List<MattersView> ofYear(int year) {
        TenantId county = access.reading(SupervisionPermissions.VIEW);
        return listed(
                county, context.persistence().inTransaction(em -> new MattersRepository(em, county).ofYear(year)));
    }

    /** One cadre's reports of every year, latest first; the ids listed are recorded as read. */
    public List<MattersView> ofCadre(UUID cadreId) {
        TenantId county = access.reading(SupervisionPermissions.VIEW);
        return listed(
                county, context.persistence().inTransaction(em -> new MattersRepository(em, county).ofCadre(cadreId)));
    }

    /**
     * One report opened, its read recorded ({@code matters.read}): what a cadre declared about his
     * family is as sensitive as a report about him. Another county's report is not found.
     */
    public Optional<MattersView> read(UUID id) {
        TenantId county = access.reading(SupervisionPermissions.VIEW);
        Optional<MattersEntity> found =
                context.persistence().inTransaction(em -> new MattersRepository(em, county).find(id));
        found.ifPresent(m -> context.audit()
                .record(
                        "matters.read",
                        "supervision_matters",
                        m.id().toString(),
                        m.year() + " " + m.id().toString().substring(0, 8),
                        Map.of(),
                        Map.of()));
        return found.map(this::view);
    }

    private List<MattersView> listed(TenantId county, List<MattersEntity> reports) {
        if (!reports.isEmpty()) {
            context.audit()
                    .record(
                            "matters.list",
                            "supervision_matters",
                            county.code(),
                            county.code(),
                            Map.of(),
                            Map.of(
                                    "ids",
                                    reports.stream().map(m -> m.id().toString()).toList()));
        }
        return reports.stream().map(this::view).toList();
    }

    /** The items a report may list, as configured for the county. */
    public List<String> items() {
        TenantId county = access.reading(SupervisionPermissions.VIEW);
        return rules.limits(county).items();
    }

    MattersView view(MattersEntity report) {
        return new MattersView(report, context.cadres().find(report.cadreId()));
    }
}
