package cn.zugong.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The views stand beside the REST API: they call the core's services and never the API's resources. */
class UiArchitectureTest {

    static final ArchRule BESIDE_THE_API = noClasses()
            .that()
            .resideInAPackage("cn.zugong.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("cn.zugong.rest..")
            .because("the views and REST both call the core's application services; neither reaches into the other");

    @Test
    void theViewsDoNotUseTheApi() {
        JavaClasses ui = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.zugong.ui");
        BESIDE_THE_API.check(ui);
    }
}
