package cn.zugong.core.validation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Every text attribute of an entity against the length of the column it is stored in, as the
 * database itself declares it ({@code information_schema}, read once): a value longer than its
 * {@code varchar(n)} is a problem on that field, not a failed insert. The UI and the API save
 * through the same services, which add these problems to their own rules.
 */
public final class TextLimits {

    public static final String TOO_LONG = "error.text.too-long";

    private static final String COLUMNS = "select lower(table_name), lower(column_name), character_maximum_length"
            + " from information_schema.columns"
            + " where lower(table_schema) = lower(current_schema()) and character_maximum_length is not null";

    /** Per persistence unit: table, then column, then its length. */
    private static final Map<EntityManagerFactory, Map<String, Map<String, Integer>>> LENGTHS =
            Collections.synchronizedMap(new WeakHashMap<>());

    private TextLimits() {}

    /**
     * {@code problems} plus one for each over-long text field of the entity that has no problem
     * yet (a rule that already refused the field says more than its length).
     */
    public static List<Problem> with(EntityManager em, Object entity, List<Problem> problems) {
        List<Problem> all = new ArrayList<>(problems);
        for (Problem tooLong : check(em, entity)) {
            if (problems.stream().noneMatch(p -> tooLong.field().equals(p.field()))) {
                all.add(tooLong);
            }
        }
        return all;
    }

    /** The entity's text fields that are longer than their columns. */
    public static List<Problem> check(EntityManager em, Object entity) {
        EntityPersister persister = em.getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel()
                .getEntityDescriptor(Hibernate.getClass(entity));
        Map<String, Map<String, Integer>> tables = lengths(em);
        List<Problem> problems = new ArrayList<>();
        persister.forEachAttributeMapping(attribute -> check(attribute, entity, tables, problems));
        return problems;
    }

    /** One attribute of {@code owner}; an embedded one (a group of the entity's columns) field by field. */
    private static void check(
            AttributeMapping attribute,
            Object owner,
            Map<String, Map<String, Integer>> tables,
            List<Problem> problems) {
        if (owner == null) {
            return;
        }
        if (attribute instanceof EmbeddableValuedModelPart embedded) {
            Object part = attribute.getPropertyAccess().getGetter().get(owner);
            embedded.getEmbeddableTypeDescriptor()
                    .forEachAttributeMapping(inner -> check(inner, part, tables, problems));
            return;
        }
        if (attribute instanceof BasicValuedModelPart basic
                && attribute.getJavaType().getJavaTypeClass() == String.class) {
            Integer max = tables.getOrDefault(name(basic.getContainingTableExpression()), Map.of())
                    .get(name(basic.getSelectionExpression()));
            Object value = attribute.getPropertyAccess().getGetter().get(owner);
            if (max != null && value instanceof String text && text.codePointCount(0, text.length()) > max) {
                problems.add(new Problem(attribute.getAttributeName(), TOO_LONG, List.of(max)));
            }
        }
    }

    private static Map<String, Map<String, Integer>> lengths(EntityManager em) {
        EntityManagerFactory factory = em.getEntityManagerFactory();
        Map<String, Map<String, Integer>> known = LENGTHS.get(factory);
        if (known != null) {
            return known;
        }
        Map<String, Map<String, Integer>> tables = new HashMap<>();
        // COMMIT: reading the schema must not flush the very values being checked.
        for (Object row :
                em.createNativeQuery(COLUMNS).setFlushMode(FlushModeType.COMMIT).getResultList()) {
            Object[] columns = (Object[]) row;
            tables.computeIfAbsent((String) columns[0], t -> new HashMap<>())
                    .put((String) columns[1], ((Number) columns[2]).intValue());
        }
        LENGTHS.put(factory, tables);
        return tables;
    }

    /** A table or column name as information_schema gives it: unquoted, unqualified, lower case. */
    static String name(String expression) {
        String bare = expression.substring(expression.lastIndexOf('.') + 1).replace("\"", "");
        return bare.toLowerCase(Locale.ROOT);
    }
}
