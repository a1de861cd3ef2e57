package cn.zugong.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The SDK is what plugins compile against, so it must not drag the platform's implementation or a
 * persistence provider's classes into their class path: plugins see jakarta.persistence, and the
 * provider stays the platform's choice.
 */
class SdkArchitectureTest {

    private static final JavaClasses SDK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.zugong.api");

    @Test
    void theSdkKnowsNothingOfThePlatformsImplementationOrWebApplication() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("cn.zugong.core..", "cn.zugong.ui..", "cn.zugong.deployment..")
                .because("plugins compile against the SDK alone")
                .check(SDK);
    }

    @Test
    void theSdkUsesJakartaPersistenceNotHibernatesClasses() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.hibernate..")
                .because("the SDK names the standard API; Hibernate is the platform's implementation")
                .check(SDK);
    }
}
