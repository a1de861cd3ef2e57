package cn.zugong.testkit.context;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.calendar.WorkingCalendar;
import cn.zugong.api.io.Spreadsheets;
import cn.zugong.api.notice.Notice;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.plugin.PluginPersistence;
import cn.zugong.api.security.PluginPermission;
import cn.zugong.api.tenant.TenantContext;
import cn.zugong.api.tenant.TenantId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A complete {@link PluginContext} in memory, for a plugin's tests without a running portal: the
 * services act for the tenancy the test sets ({@link #actAs}), the cadre directory holds the
 * cadres the test adds, the rule packs are the plugin's own with the overrides the test sets, and
 * the plugin's tables live in H2, migrated with the plugin's Flyway scripts as the platform
 * migrates them. Every permission is held until {@link #holdOnly}; the clock stands at 09:00
 * (Asia/Shanghai) of the day the test sets.
 *
 * <pre>{@code
 * try (InMemoryPluginContext context = InMemoryPluginContext.builder("health-exam")
 *         .entities(new ExamEntities().entityClasses())
 *         .rulePacks(new ExamRules().rulePacks())
 *         .county(CadreFixtures.WENJIANG)
 *         .today(LocalDate.of(2025, 6, 16))
 *         .build()) {
 *     CadreRef li = context.cadre(CadreFixtures.cadre(CadreFixtures.WENJIANG, "李明", "TOWNSHIP_DEPUTY"));
 *     new ExamService(context).record(li.id(), ...);
 * }
 * }</pre>
 *
 * <p>To open a page of the plugin in a browserless test, let {@link PluginContext#of} answer with
 * this context: {@code PluginContext.provide(loader -> Optional.of(context))}.
 */
public final class InMemoryPluginContext implements PluginContext, AutoCloseable {

    /** The zone of the platform's clock. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final String pluginId;
    private final InMemoryCadreDirectory cadres = new InMemoryCadreDirectory(this::tenancy);
    private final InMemoryCareers careers = new InMemoryCareers(this::tenancy);
    private final InMemorySelectionCases selectionCases = new InMemorySelectionCases(this::tenancy);
    private final InMemoryRulePacks rulePacks;
    private final InMemoryNotices notices = new InMemoryNotices(this::tenancy);
    private final InMemoryPublications publications = new InMemoryPublications(this::tenancy, this::clock);
    private final InMemoryBallots ballots = new InMemoryBallots(this::tenancy, this::clock);
    private final RecordedAudit audit = new RecordedAudit();
    private final InMemoryWorkingCalendars calendars = new InMemoryWorkingCalendars(this::tenancy);
    private final InMemoryCadreFacts facts = new InMemoryCadreFacts(this::tenancy);
    private final InMemoryTransfers transfers = new InMemoryTransfers(this::tenancy, this::actAs, this::clock, cadres);
    private final Spreadsheets spreadsheets = new TextSpreadsheets();
    private final PluginDatabase database;
    private final TestEntityManagers persistence;
    private volatile TenantContext tenancy;
    private volatile Clock clock;
    private volatile Set<String> permissions;

    private InMemoryPluginContext(InMemoryPluginContextBuilder builder) {
        this.pluginId = builder.pluginId;
        this.tenancy = builder.tenancy;
        this.clock = at(builder.today);
        this.rulePacks = new InMemoryRulePacks(builder.rulePacks);
        if (builder.entities == null) {
            this.database = null;
            this.persistence = null;
        } else {
            this.database = new PluginDatabase(pluginId);
            database.migrate();
            this.persistence = new TestEntityManagers(database, builder.entities, this::tenancy);
        }
    }

    /** A builder for the context of the plugin {@code pluginId}, as its descriptor declares it. */
    public static InMemoryPluginContextBuilder builder(String pluginId) {
        return new InMemoryPluginContextBuilder(pluginId);
    }

    static InMemoryPluginContext build(InMemoryPluginContextBuilder builder) {
        return new InMemoryPluginContext(builder);
    }

    /** From now on the requests act for {@code tenancy} (see {@link TestTenancy}). */
    public void actAs(TenantContext tenancy) {
        this.tenancy = tenancy;
    }

    /** From now on the user holds exactly these permissions (by default every one). */
    public void holdOnly(String... permissionIds) {
        this.permissions = Set.of(permissionIds);
    }

    /** Moves the clock to 09:00 of {@code day}. */
    public void today(LocalDate day) {
        this.clock = at(day);
    }

    /** Sets the clock, for a test that needs the time of day. */
    public void clock(Clock clock) {
        this.clock = clock;
    }

    /** Adds a cadre to the directory, without an identity number. */
    public CadreRef cadre(CadreRef cadre) {
        return cadres.add(cadre, null);
    }

    /** Adds a cadre to the directory, found by {@code identityNumber} too. */
    public CadreRef cadre(CadreRef cadre, String identityNumber) {
        return cadres.add(cadre, identityNumber);
    }

    /** Replaces a cadre of the directory, as after an appointment. */
    public void update(CadreRef cadre) {
        cadres.update(cadre);
    }

    /** The plugin's database, to count rows or write as an older version did. */
    public PluginDatabase database() {
        if (database == null) {
            throw new IllegalStateException("No database: give the builder the plugin's entities");
        }
        return database;
    }

    /** What the plugin recorded in the audit trail. */
    public List<RecordedAudit.Entry> audited() {
        return audit.entries();
    }

    /** The notices posted for a county and not withdrawn, by their keys. */
    public Map<String, Notice> notices(TenantId county) {
        return notices.of(county);
    }

    /** From now on the platform knows no tenant below {@code department}: it cannot publish. */
    public void withoutTenantsBelow(TenantId department) {
        publications.withoutTenantsBelow(department);
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public TenantContext tenancy() {
        return tenancy;
    }

    @Override
    public InMemoryCadreDirectory cadres() {
        return cadres;
    }

    /** The careers the test sets ({@link InMemoryCareers#put}), read by the plugin. */
    @Override
    public InMemoryCareers careers() {
        return careers;
    }

    /** The selection cases the test opens ({@link InMemorySelectionCases#open}), read by the plugin. */
    @Override
    public InMemorySelectionCases selectionCases() {
        return selectionCases;
    }

    @Override
    public PluginPersistence persistence() {
        database();
        return persistence;
    }

    @Override
    public RecordedAudit audit() {
        return audit;
    }

    @Override
    public InMemoryRulePacks rulePacks() {
        return rulePacks;
    }

    @Override
    public Spreadsheets spreadsheets() {
        return spreadsheets;
    }

    @Override
    public InMemoryNotices notices() {
        return notices;
    }

    @Override
    public InMemoryPublications publications() {
        return publications;
    }

    /** The counties' working-day calendars, to add holidays and make-up working days. */
    public InMemoryWorkingCalendars calendars() {
        return calendars;
    }

    @Override
    public WorkingCalendar workingCalendar(TenantId county) {
        return calendars.of(county);
    }

    @Override
    public InMemoryCadreFacts cadreFacts() {
        return facts;
    }

    @Override
    public InMemoryBallots ballots() {
        return ballots;
    }

    @Override
    public InMemoryTransfers transfers() {
        return transfers;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public boolean permitted(PluginPermission permission) {
        Set<String> held = permissions;
        return held == null || held.contains(permission.id());
    }

    /** Closes the entity managers and drops the database. */
    @Override
    public void close() {
        if (persistence != null) {
            persistence.close();
            database.close();
        }
    }

    private static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
    }
}
