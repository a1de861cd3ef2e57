package cn.zugong.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The architecture rules of a plugin, for ArchUnit: of the platform, a plugin's code uses the SDK
 * ({@code cn.zugong.api}) only. The build already refuses the platform's implementation as a
 * dependency (the enforcer rule of {@code zugong-plugin-parent}); these rules look at the compiled
 * classes, so they also catch what a dependency list does not show, such as a platform class on a
 * class path assembled by hand. They apply to every class analysed: analyse the plugin's main code,
 * since its tests may use the testkit.
 *
 * <pre>{@code
 * class ArchitectureTest {
 *     @Test
 *     void theNotesPluginUsesTheSdkOnly() {
 *         PluginArchitecture.check("com.acme.notes");
 *     }
 * }
 * }</pre>
 *
 * <p>With ArchUnit's JUnit 5 support ({@code @AnalyzeClasses}), declare an {@code @ArchTest} method
 * that checks {@link #SDK_ONLY} on the classes it is given: {@code @ArchTest} <em>fields</em> are
 * not run by Maven Surefire 3.5.3 (TNG/ArchUnit#1442).
 *
 * <p>Needs {@code com.tngtech.archunit:archunit} on the test class path, which {@code
 * zugong-plugin-parent} brings.
 */
public final class PluginArchitecture {

    /** Not the platform's implementation (tenancy, registry, plugin host …). */
    public static final ArchRule NO_CORE = notOn("cn.zugong.core..", "the platform's implementation (core)");

    /** Not the platform's web application (its views and layouts). */
    public static final ArchRule NO_UI = notOn("cn.zugong.ui..", "the platform's web application (ui)");

    /** Not the assembled server and its launcher. */
    public static final ArchRule NO_DEPLOYMENT = notOn("cn.zugong.deployment..", "the assembled server (deployment)");

    /** Not the testkit, which is for tests only. */
    public static final ArchRule NO_TESTKIT = notOn("cn.zugong.testkit..", "the testkit, which is for tests only");

    /** All of the above: a plugin's code uses the platform's SDK only. */
    public static final ArchRule SDK_ONLY = CompositeArchRule.of(NO_CORE)
            .and(NO_UI)
            .and(NO_DEPLOYMENT)
            .and(NO_TESTKIT)
            .as("a plugin uses the platform through its SDK (cn.zugong.api) only: "
                    + "never cn.zugong.core, .ui, .deployment, nor .testkit outside tests");

    private PluginArchitecture() {}

    private static final Pattern TEST_OUTPUT =
            Pattern.compile("/target/test-classes/|/build/classes/[^/]+/test/|/out/test/");
    private static final Pattern MAIN_OUTPUT =
            Pattern.compile("/target/classes/|/build/classes/[^/]+/main/|/out/production/");

    /**
     * Leaves out the classes of test output folders (Maven's {@code target/test-classes}, Gradle's
     * {@code build/classes/java/test}, IntelliJ's {@code out/test}), judged by the innermost output
     * folder of a class: unlike ArchUnit's {@code DoNotIncludeTests}, it keeps the main classes of a
     * project that itself lies below a test folder (an archetype's integration test, for example).
     */
    public static final ImportOption MAIN_CODE_ONLY = location -> {
        String uri = location.asURI().toString();
        return last(uri, TEST_OUTPUT) <= last(uri, MAIN_OUTPUT); // both -1: a jar, kept
    };

    /** The main classes (tests left out) of the package {@code rootPackage} and its sub-packages. */
    public static JavaClasses mainClasses(String rootPackage) {
        return new ClassFileImporter().withImportOption(MAIN_CODE_ONLY).importPackages(rootPackage);
    }

    /**
     * Checks {@link #SDK_ONLY} on the main classes of {@code rootPackage}.
     *
     * @throws AssertionError naming every offending dependency, or when the package holds no class
     */
    public static void check(String rootPackage) {
        JavaClasses classes = mainClasses(rootPackage);
        if (classes.isEmpty()) {
            throw new AssertionError("No main classes in " + rootPackage + ": is the package name right?");
        }
        SDK_ONLY.check(classes);
    }

    private static int last(String uri, Pattern pattern) {
        Matcher matcher = pattern.matcher(uri);
        int last = -1;
        while (matcher.find()) {
            last = matcher.start();
        }
        return last;
    }

    private static ArchRule notOn(String packages, String what) {
        return noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage(packages)
                .because("a plugin uses the platform through its SDK (cn.zugong.api) only, never " + what);
    }
}
