package se.sambruk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module rules: no cycles, and services and membership depend on the core only. */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(SambrukApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.sambruk");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void coreKnowsNoOtherModule() {
        noClasses().that().resideInAPackage("se.sambruk.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "se.sambruk.membership..", "se.sambruk.bibblix..", "se.sambruk.egil..", "se.sambruk.multifraga..",
                        "se.sambruk.fixamingata..", "se.sambruk.provisum..", "se.sambruk.tillarbetslivet..", "se.sambruk.uka..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void servicesAndMembershipDependOnTheCoreOnly() {
        slices().matching("se.sambruk.(membership|bibblix|egil|multifraga|fixamingata|provisum|tillarbetslivet|uka)..")
                .should().notDependOnEachOther()
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void noCyclesBetweenModules() {
        slices().matching("se.sambruk.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(CLASSES);
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
