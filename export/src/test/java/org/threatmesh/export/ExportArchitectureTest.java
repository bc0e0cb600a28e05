package org.threatmesh.export;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Exporters run headless in the CLI: no JavaFX, nothing from the app or the CLI, no package cycles. */
@AnalyzeClasses(packages = "org.threatmesh.export", importOptions = ImportOption.DoNotIncludeTests.class)
class ExportArchitectureTest {

    @ArchTest
    static final ArchRule headless = noClasses().that().resideInAPackage("org.threatmesh.export..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "javax.swing..", "org.controlsfx..",
                    "atlantafx..", "org.threatmesh.app..", "org.threatmesh.cli..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.threatmesh.export.(*)..").should().beFreeOfCycles()
            .allowEmptyShould(true);
}
