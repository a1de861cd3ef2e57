package cn.zugong.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The core's import graph, checked on the compiled main classes: features do not import each
 * other in a circle, the foundation (tenancy, security, validation, database helpers, audit,
 * units) knows nothing of the features built on it, and the domain (entities and embedded values)
 * knows neither the services that use it nor the entity manager that loads it. Within the layered
 * features, {@code domain} packages sit below {@code application} and {@code infrastructure}.
 */
class CoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.zugong.core");

    @Test
    void theCoresFeaturesImportEachOtherWithoutACircle() {
        slices().matching("cn.zugong.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void theFoundationKnowsNothingOfTheFeaturesAboveIt() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "cn.zugong.core.tenant..",
                        "cn.zugong.core.security..",
                        "cn.zugong.core.validation..",
                        "cn.zugong.core.audit..",
                        "cn.zugong.core.db..",
                        "cn.zugong.core.unit..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "cn.zugong.core.cadre..",
                        "cn.zugong.core.post..",
                        "cn.zugong.core.selection..",
                        "cn.zugong.core.calendar..",
                        "cn.zugong.core.plugin..",
                        "cn.zugong.core.demo..")
                .because("the foundation is what features stand on; an arrow back up makes a circle")
                .check(CORE);
    }

    @Test
    void entitiesAndValueObjectsDependOnNoServiceNorOnPersistence() {
        noClasses()
                .that()
                .areAnnotatedWith(Entity.class)
                .or()
                .areAnnotatedWith(Embeddable.class)
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(ApplicationScoped.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .because("the domain (entities and their embedded values) sits below the use cases and the"
                        + " queries that load it")
                .check(CORE);
    }

    @Test
    void theDomainKnowsNeitherItsUseCasesNorItsInfrastructure() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..application..", "..infrastructure..", "jakarta.enterprise..", "jakarta.transaction..")
                .because("entities, values and rules sit below the services that use them and the adapters that"
                        + " store, read or write them")
                .check(CORE);
    }

    /**
     * A feature's use cases may call its own infrastructure (the cadre list's query builder, the
     * approval form's PDF renderer, the PF4J manager): the house style runs JPA in the services and
     * puts no repository interface between them, and adding one only to satisfy this rule would be
     * ceremony. Another feature's infrastructure stays out of reach: it is used through that
     * feature's application services.
     */
    @ParameterizedTest
    @ValueSource(strings = {"cadre", "selection", "plugin"})
    void aFeaturesUseCasesDoNotReachIntoAnotherFeaturesInfrastructure(String feature) {
        String own = "cn.zugong.core." + feature + "..";
        noClasses()
                .that()
                .resideInAPackage(own)
                .and()
                .resideInAPackage("..application..")
                .should()
                .dependOnClassesThat(resideInAPackage("..infrastructure..").and(not(resideInAPackage(own))))
                .because("features meet at their application services, not at each other's adapters")
                .check(CORE);
    }
}
