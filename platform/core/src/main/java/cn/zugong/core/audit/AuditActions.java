package cn.zugong.core.audit;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every action the platform itself records, so that each has words in the auditors' view ({@code
 * audit.action.<action>} in both bundles, checked by a test). A plugin's actions start with its
 * id and get their words from its own bundles; the publications a plugin makes are recorded by
 * the platform as {@code <pluginId>.publication.publish} and {@code .withdraw}.
 *
 * <p>The trail asserts that an action of a platform feature is listed here (with assertions on,
 * as in the tests), so a new action without words fails the build instead of showing a code.
 */
public final class AuditActions {

    /** The first part of every action the platform records, as opposed to a plugin's id. */
    static final Set<String> PLATFORM_FEATURES = Set.of("cadre", "unit", "calendar", "plugin", "selection", "ballot");

    /** The publication actions, recorded after the publishing plugin's id. */
    public static final Set<String> PUBLICATION = Set.of("publication.publish", "publication.withdraw");

    private static final Set<String> CADRE_PARTS = Set.of("holding", "family", "assessment", "reward");

    private static final Set<String> SELECTION = Set.of(
            "open",
            "exchange",
            "candidate.add",
            "withdraw",
            "advance",
            "recommendation",
            "recommendation.tally",
            "inspection.targets",
            "inspection.notice",
            "inspection.checks",
            "exceptional",
            "decision.meeting",
            "gates.check",
            "gates.recheck",
            "gate.override",
            "gate.acknowledge",
            "exception.record",
            "case.open",
            "dual.consultation",
            "probation.restored",
            "publicity.start",
            "publicity.skip",
            "objection",
            "objection.resolved",
            "stopped",
            "appoint",
            "probation.end",
            "done",
            "record.print",
            "meeting.print",
            "inspection.evaluation");

    private static final Set<String> BALLOT =
            Set.of("open", "codes.issue", "start", "close", "paper.enter", "result.read", "result.print", "apply");

    /** The platform's actions, in full ({@code cadre.family.add}). */
    public static final Set<String> PLATFORM = Stream.of(
                    Stream.of(
                            "cadre.create",
                            "cadre.update",
                            "cadre.file.open",
                            "cadre.print",
                            "cadre.trace",
                            "cadre.export",
                            "cadre.family.read",
                            "cadre.family.scan",
                            "cadre.list.export",
                            "cadre.resume.edit",
                            "cadre.resume.regenerate",
                            "cadre.photo.set",
                            "cadre.photo.remove",
                            "cadre.status.change",
                            "cadre.transfer.propose",
                            "cadre.transfer.accept",
                            "cadre.transfer.refuse",
                            "cadre.transfer.withdraw",
                            "cadre.transfer.out",
                            "cadre.transfer.in",
                            "unit.create",
                            "unit.update",
                            "unit.team.read",
                            "statistics.submit",
                            "calendar.create",
                            "calendar.update",
                            "calendar.delete",
                            "calendar.import",
                            "plugin.enable",
                            "plugin.disable",
                            "plugin.grant",
                            "plugin.rule.override"),
                    CADRE_PARTS.stream().flatMap(part -> Stream.of("add", "update", "remove")
                            .map(verb -> "cadre." + part + "." + verb)),
                    SELECTION.stream().map(action -> "selection." + action),
                    BALLOT.stream().map(action -> "ballot." + action))
            .flatMap(s -> s)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * The actions of the platform's own chain ({@link PlatformChain}): the operators' work on
     * plugins and vendor keys, tenants and users, and the chain's verification.
     */
    public static final Set<String> PLATFORM_CHAIN = Set.of(
            "plugin.install",
            "plugin.upgrade",
            "plugin.reinstall",
            "plugin.activate",
            "plugin.deactivate",
            "plugin.uninstall",
            "plugin.export",
            "plugin.purge",
            "plugin.offer",
            "vendorkey.add",
            "vendorkey.remove",
            "vendorkey.unsigned",
            "tenant.create",
            "tenant.suspend",
            "tenant.resume",
            "tenant.export",
            "tenant.archive",
            "tenant.purge.request",
            "tenant.purge",
            "user.add",
            "user.roles",
            "user.reset",
            "user.disable",
            "audit.verify",
            "cadre.transfer");

    private AuditActions() {}

    /** Whether the action is listed, or belongs to a plugin (which lists its own). */
    static boolean known(String action) {
        int dot = action.indexOf('.');
        String feature = dot < 0 ? action : action.substring(0, dot);
        return PLATFORM.contains(action) || !PLATFORM_FEATURES.contains(feature);
    }
}
