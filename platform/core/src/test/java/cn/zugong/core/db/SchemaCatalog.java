package cn.zugong.core.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What PostgreSQL's catalog says about the schema, in the terms that decide whether it can be
 * distributed by {@code tenant_id} (Citus): a table with a {@code tenant_id} column is a tenant
 * table (distributed), any other is global (a reference table). Each finding is one line naming
 * the table and the constraint, so that a list of accepted ones can name them exactly.
 */
final class SchemaCatalog {

    private final Connection db;

    SchemaCatalog(Connection db) {
        this.db = db;
    }

    /** The tables of the current schema without a {@code tenant_id} column. */
    Set<String> tablesWithoutTenant() throws SQLException {
        return strings("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = current_schema() and c.relkind in ('r', 'p')"
                + " and not exists (select 1 from pg_attribute a where a.attrelid = c.oid"
                + " and a.attname = 'tenant_id' and not a.attisdropped)");
    }

    /** The tables of the current schema with a {@code tenant_id} column. */
    Set<String> tenantTables() throws SQLException {
        return strings("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = current_schema() and c.relkind in ('r', 'p')"
                + " and exists (select 1 from pg_attribute a where a.attrelid = c.oid"
                + " and a.attname = 'tenant_id' and not a.attisdropped)");
    }

    /**
     * Every primary key, unique constraint and unique index of a tenant table that leaves {@code
     * tenant_id} out: Citus refuses it, since uniqueness could only be checked across shards.
     */
    Set<String> keysWithoutTenant() throws SQLException {
        return strings("select 'key ' || c.relname || '.' || i.relname || ' ('"
                + " || (select string_agg(a.attname, ', ' order by k.ord) from unnest(x.indkey) with ordinality"
                + " k(attnum, ord) join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum) || ')'"
                + " from pg_index x join pg_class c on c.oid = x.indrelid join pg_class i on i.oid = x.indexrelid"
                + " join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = current_schema() and x.indisunique" + tenantTable("c")
                + " and not exists (select 1 from pg_attribute a where a.attrelid = c.oid"
                + " and a.attname = 'tenant_id' and a.attnum = any (x.indkey))");
    }

    /**
     * Every foreign key that could join rows of two tenants: from a tenant table to a tenant table
     * without {@code tenant_id} referring to {@code tenant_id}, and from a global table to a tenant
     * table (a reference table cannot refer to a distributed one).
     */
    Set<String> keysAcrossTenants() throws SQLException {
        String fk = "select 'foreign key ' || c.relname || '.' || con.conname || ' '"
                + " || pg_get_constraintdef(con.oid)"
                + " from pg_constraint con join pg_class c on c.oid = con.conrelid"
                + " join pg_class f on f.oid = con.confrelid join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = current_schema() and con.contype = 'f'" + tenantTable("f");
        Set<String> found = strings(fk + tenantTable("c")
                + " and not exists (select 1 from unnest(con.conkey, con.confkey) p(own, referred)"
                + " join pg_attribute a on a.attrelid = c.oid and a.attnum = p.own"
                + " join pg_attribute b on b.attrelid = f.oid and b.attnum = p.referred"
                + " where a.attname = 'tenant_id' and b.attname = 'tenant_id')");
        found.addAll(strings(fk + " and not" + tenantTable("c").substring(" and".length())));
        return found;
    }

    /** Tenant tables whose {@code tenant_id} may be null: a row without a shard. */
    Set<String> nullableTenantColumns() throws SQLException {
        return strings("select 'nullable tenant_id ' || table_name from information_schema.columns"
                + " where table_schema = current_schema() and column_name = 'tenant_id' and is_nullable = 'YES'");
    }

    private static String tenantTable(String alias) {
        return " and exists (select 1 from pg_attribute t where t.attrelid = " + alias + ".oid"
                + " and t.attname = 'tenant_id' and not t.attisdropped)";
    }

    private Set<String> strings(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return new TreeSet<>(values);
    }
}
