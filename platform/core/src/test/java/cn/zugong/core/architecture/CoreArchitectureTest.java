package cn.zugong.core.architecture;

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

/**
 * The core's import graph, checked on the compiled main classes: features do not import each
 * other in a circle, the foundation (tenancy, security, validation, database helpers, audit,
 * units) knows nothing of the features built on it, and the domain (entities and embedded values)
 * knows neither the services that use it nor the entity manager that loads it.
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

    @Test
    void theUseCasesDoNotReachIntoTheInfrastructure() {
        noClasses()
                .that()
                .resideInAPackage("..application..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..infrastructure..")
                .check(CORE);
    }
}
