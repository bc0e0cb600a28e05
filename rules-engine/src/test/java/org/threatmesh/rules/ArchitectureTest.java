package org.threatmesh.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Module boundaries of rules-engine (house style §5.1). */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.threatmesh.rules");

    @Test
    void rulesEngineDependsOnNoOuterModuleOrUiLibrary() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.threatmesh.export..",
                "org.threatmesh.app..", "org.threatmesh.cli..", "javafx..", "org.apache.pdfbox..", "java.awt..",
                "javax.swing..").check(CLASSES);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.threatmesh.rules.(**)").should().beFreeOfCycles().check(CLASSES);
    }
}
