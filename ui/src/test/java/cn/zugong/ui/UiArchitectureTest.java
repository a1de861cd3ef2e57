package cn.zugong.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;
import jakarta.persistence.StoredProcedureQuery;
import jakarta.persistence.TypedQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shape of the web application, checked on its compiled main classes. */
class UiArchitectureTest {

    private static JavaClasses ui;

    @BeforeAll
    static void importTheMainClasses() {
        ui = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.zugong.ui");
    }

    @Test
    void theFeaturesOfTheUiDoNotDependOnEachOtherInACircle() {
        slices().matching("cn.zugong.ui.(*)..").should().beFreeOfCycles().check(ui);
    }

    @Test
    void theFrameKnowsNoView() {
        noClasses()
                .that()
                .haveSimpleName("MainLayout")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Route.class)
                .because("views contribute their menu entries (@MenuEntry) and name the frame in their @Route")
                .check(ui);
    }

    @Test
    void theUiQueriesNoDatabaseItself() {
        noClasses()
                .that()
                .resideInAPackage("cn.zugong.ui..")
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
                .because("views and resources reach the data through the core's services")
                .check(ui);
    }

    @Test
    void theViewsDoNotUseTheApi() {
        noClasses()
                .that()
                .resideInAPackage("cn.zugong.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("cn.zugong.rest..")
                .because("the views and REST both call the core's application services; neither reaches into the other")
                .check(ui);
    }

    @Test
    void onlyTheInstantiatorAsksTheContainerForBeans() {
        noClasses()
                .that()
                .resideOutsideOfPackage("cn.zugong.ui.inject..")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(CDI.class, BeanManager.class)
                .because("views, components and listeners get their services injected (PortalInstantiator), so"
                        + " each one's constructor says what it needs and a test passes it in")
                .check(ui);
    }
}
