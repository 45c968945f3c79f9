package org.brigreen.trafficlight.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The layout README's "How the code is laid out" describes: dependencies point one way, down to a core ({@code
 * decision}, {@code rules}) and a transparency-log library ({@code tlog}) that know nothing of HTTP, SQL or Quarkus,
 * and only the edge knows HTTP. The command line ({@code cli}) stands on the core and {@code tlog} alone.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.brigreen.trafficlight");
    private static final String[] CORE = {"..trafficlight.decision..", "..trafficlight.rules..",
        "..trafficlight.input..", "..trafficlight.site.."};
    private static final String[] FRAMEWORKS = {"jakarta.ws.rs..", "org.jboss.resteasy..", "io.vertx..",
        "io.quarkus..", "io.smallrye..", "io.agroal..", "java.sql..", "javax.sql..", "io.micrometer..",
        "org.eclipse.microprofile.."};
    private static final String[] HTTP = {"jakarta.ws.rs..", "org.jboss.resteasy..", "io.vertx.."};

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        slices().matching("org.brigreen.trafficlight.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theCoreKnowsNoFramework() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(CLASSES);
    }

    @Test
    void theCoreDependsOnNothingAboveIt() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat(serviceClassesOutside("decision", "rules", "input", "site"))
                .check(CLASSES);
    }

    @Test
    void theTransparencyLogStandsAlone() {
        noClasses().that().resideInAPackage("..trafficlight.tlog..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .orShould().dependOnClassesThat(serviceClassesOutside("tlog"))
                .check(CLASSES);
    }

    /** The command line runs without the service: it uses the core and {@code tlog}, and HTTP only as a client. */
    @Test
    void theCommandLineNeedsNoService() {
        noClasses().that().resideInAPackage("..trafficlight.cli..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .orShould().dependOnClassesThat(serviceClassesOutside("cli", "decision", "rules", "input", "site",
                        "tlog"))
                .check(CLASSES);
    }

    private static DescribedPredicate<JavaClass> serviceClassesOutside(String... packages) {
        Set<String> allowed = Arrays.stream(packages).map(name -> "org.brigreen.trafficlight." + name)
                .collect(Collectors.toSet());
        return DescribedPredicate.describe("the service's classes outside " + allowed,
                type -> type.getPackageName().startsWith("org.brigreen.trafficlight.")
                        && allowed.stream().noneMatch(name -> type.getPackageName().equals(name)
                        || type.getPackageName().startsWith(name + ".")));
    }

    @Test
    void onlyResourcesProblemMappersFiltersAndPagesKnowHttp() {
        noClasses().that().resideOutsideOfPackages("..trafficlight.http..", "..trafficlight.web..")
                .and().haveSimpleNameNotEndingWith("Resource")
                .and().haveSimpleNameNotEndingWith("Problems")
                .and().haveSimpleNameNotEndingWith("Filter")
                .should().dependOnClassesThat().resideInAnyPackage(HTTP)
                .check(CLASSES);
    }
}
