package cn.zugong.core.db;

import java.util.Map;

/**
 * The reviewed decisions behind {@link DistributableSchemaTest}: which tables are global (Citus
 * reference tables, copied to every node) and which findings are accepted for now, each with its
 * reason. Add a line here only after deciding that the table or key cannot carry {@code tenant_id}.
 */
final class SchemaDistribution {

    private SchemaDistribution() {}

    /** Tables without {@code tenant_id}, and why each belongs to the whole platform. */
    static final Map<String, String> GLOBAL = Map.ofEntries(
            Map.entry("tenant", "the tenant tree itself: every node reads it to resolve a token's county"),
            Map.entry("tenant_directory_version", "one row, bumped with every change of the tenant table"),
            Map.entry("zugong_wall_key", "the wall's secret, one row the owner reads to prove tenancies"),
            Map.entry("eligibility_rule_pack", "national and provincial rule packs, the same for every county"),
            Map.entry(
                    "structure_rule_pack",
                    "national and provincial team-structure targets (issue 22), the same for every county"),
            Map.entry("ballot_secret", "the key that hashes ballot codes before the page knows the county"),
            Map.entry(
                    "public_intake_secret",
                    "the key that signs the public report page's challenges and derives receipt codes"),
            Map.entry("platform_audit_event", "the operators' own audit chain, apart from every county's"),
            Map.entry("platform_audit_head", "the head of the operators' chain"),
            Map.entry("platform_plugin", "installed plugins and their state, for the whole platform"),
            Map.entry("platform_setting", "platform-wide settings such as unsigned plugins"),
            Map.entry("plugin_vendor_key", "the vendor certificates plugin jars are signed with"),
            Map.entry("plugin_artifact", "the installed plugin jars every node loads (issue 23)"));

    /** Flyway's history tables, the core's and each plugin's ({@code <id>_schema_history}). */
    static boolean declaredGlobal(String table) {
        return GLOBAL.containsKey(table) || table.equals("flyway_schema_history") || table.endsWith("_schema_history");
    }

    /**
     * Findings accepted for now, with the reason and what would remove them. The training and
     * example plugins' keys are theirs to change, in their own migrations.
     */
    static final Map<String, String> ACCEPTED = Map.ofEntries(
            Map.entry(
                    "key ballot_code_lookup.ballot_code_lookup_pkey (code_hash)",
                    "the public ballot page finds a code's county by the code alone: under Citus a reference"
                            + " table or one distributed by code_hash"),
            Map.entry(
                    "key public_receipt.public_receipt_pkey (code_hash)",
                    "the public report page finds a receipt's county by the code alone, as the ballot page"
                            + " does: under Citus a reference table or one distributed by code_hash"),
            Map.entry(
                    "key public_receipt.public_receipt_key (key_hash)",
                    "a resent public report finds its receipt by the submission key before the county is"
                            + " known: distributed with public_receipt by code_hash, or a reference table"),
            Map.entry(
                    "key example_hold.example_hold_pkey (id)", "example plugin: primary key (tenant_id, id) in its V2"),
            Map.entry(
                    "key example_event.example_event_pkey (id)",
                    "example plugin: primary key (tenant_id, id) in its V2"),
            Map.entry(
                    "key training_course.training_course_pkey (id)",
                    "training plugin: primary key (tenant_id, id) in its V3, with the foreign keys below"),
            Map.entry(
                    "key training_enrollment.training_enrollment_pkey (id)",
                    "training plugin: primary key (tenant_id, id) in its V3"),
            Map.entry(
                    "key training_import.training_import_pkey (id)",
                    "training plugin: primary key (tenant_id, id) in its V3"),
            Map.entry(
                    "key training_record.training_record_pkey (id)",
                    "training plugin: primary key (tenant_id, id) in its V3"),
            Map.entry(
                    "key training_record.training_record_credited_once (enrollment_id)",
                    "training plugin: unique (tenant_id, enrollment_id) in its V3"),
            Map.entry(
                    "key training_follow_up.training_follow_up_pkey (id)",
                    "training plugin: primary key (tenant_id, id) in its V3"),
            Map.entry(
                    "foreign key training_enrollment.training_enrollment_course FOREIGN KEY (course_id)"
                            + " REFERENCES training_course(id)",
                    "training plugin: (tenant_id, course_id) once the course's key has tenant_id"),
            Map.entry(
                    "foreign key training_record.training_record_course FOREIGN KEY (course_id)"
                            + " REFERENCES training_course(id)",
                    "training plugin: (tenant_id, course_id)"),
            Map.entry(
                    "foreign key training_record.training_record_enrollment FOREIGN KEY (enrollment_id)"
                            + " REFERENCES training_enrollment(id)",
                    "training plugin: (tenant_id, enrollment_id)"),
            Map.entry(
                    "foreign key training_record.training_record_import FOREIGN KEY (import_batch_id)"
                            + " REFERENCES training_import(id)",
                    "training plugin: (tenant_id, import_batch_id)"));
}
