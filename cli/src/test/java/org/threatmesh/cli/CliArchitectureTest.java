package org.threatmesh.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The CLI runs on CI servers: no JavaFX, no desktop toolkit, nothing from the app. */
@AnalyzeClasses(packages = "org.threatmesh.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTest {

    @ArchTest
    static final ArchRule headless = noClasses().that().resideInAPackage("org.threatmesh.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                    "org.controlsfx..", "atlantafx..", "org.threatmesh.app..");
}
