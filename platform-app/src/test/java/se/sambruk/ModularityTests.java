package se.sambruk;

import java.util.concurrent.CompletableFuture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module rules: no cycles, and services and membership depend on the core only. */
class ModularityTests {

    // Imported once for all the tests below (ApplicationModules.of also caches its answer by the class). The two
    // imports read the same classes, Spring Modulith's for its model and ArchUnit's for the rules below (Modulith
    // keeps its own to itself): they run at the same time, on two threads. (In @BeforeAll, not in a static
    // initialiser: a lambda of a class still being initialised would wait for that initialisation, for ever.)
    private static JavaClasses classes;
    private static ApplicationModules modules;

    @BeforeAll
    static void importOnce() {
        CompletableFuture<JavaClasses> imported = CompletableFuture.supplyAsync(() -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.sambruk"));
        modules = ApplicationModules.of(SambrukApplication.class);
        classes = imported.join();
    }

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void coreKnowsNoOtherModule() {
        noClasses().that().resideInAPackage("se.sambruk.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "se.sambruk.membership..", "se.sambruk.bibblix..", "se.sambruk.egil..", "se.sambruk.multifraga..",
                        "se.sambruk.fixamingata..", "se.sambruk.provisum..", "se.sambruk.tillarbetslivet..", "se.sambruk.uka..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void servicesAndMembershipDependOnTheCoreOnly() {
        slices().matching("se.sambruk.(membership|bibblix|egil|multifraga|fixamingata|provisum|tillarbetslivet|uka)..")
                .should().notDependOnEachOther()
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void noCyclesBetweenModules() {
        slices().matching("se.sambruk.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
