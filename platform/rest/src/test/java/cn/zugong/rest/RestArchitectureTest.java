package cn.zugong.rest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;
import jakarta.persistence.StoredProcedureQuery;
import jakarta.persistence.TypedQuery;
import org.junit.jupiter.api.Test;

/** The REST API stands beside the views: it calls the core's services and never the ui or Vaadin. */
class RestArchitectureTest {

    static final ArchRule BESIDE_THE_VIEWS = noClasses()
            .that()
            .resideInAPackage("cn.zugong.rest..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.vaadin..", "cn.zugong.ui..")
            .because("REST and the views both call the core's application services; neither reaches into the other");

    static final ArchRule NO_QUERIES = noClasses()
            .that()
            .resideInAPackage("cn.zugong.rest..")
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(
                    EntityManager.class,
                    EntityManagerFactory.class,
                    Query.class,
                    TypedQuery.class,
                    StoredProcedureQuery.class)
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.persistence.criteria..")
            .because("resources reach the data through the core's services, as the views do");

    private static JavaClasses rest() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.zugong.rest");
    }

    @Test
    void theApiUsesNeitherTheViewsNorVaadin() {
        BESIDE_THE_VIEWS.check(rest());
    }

    @Test
    void theApiQueriesNoDatabaseItself() {
        NO_QUERIES.check(rest());
    }
}
