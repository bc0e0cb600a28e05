package org.threatmesh.model.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The model is pure Java: no UI, no PDF, no YAML, no other ThreatMesh module, no package cycles. */
@AnalyzeClasses(packages = "org.threatmesh.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

    @ArchTest
    static final ArchRule noUiOrRenderingLibraries = noClasses().that().resideInAPackage("org.threatmesh.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..",
                    "org.apache.pdfbox..", "com.fasterxml.jackson.dataformat.yaml..", "org.controlsfx..");

    @ArchTest
    static final ArchRule noOtherThreatMeshModule = noClasses().that().resideInAPackage("org.threatmesh.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.threatmesh.rules..", "org.threatmesh.export..",
                    "org.threatmesh.app..", "org.threatmesh.cli..", "org.threatmesh.samples..");

    @ArchTest
    static final ArchRule jacksonStaysInTheCodec = noClasses().that().resideOutsideOfPackage("org.threatmesh.model.io..")
            .and().resideInAPackage("org.threatmesh.model..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.threatmesh.model.(*)..").should().beFreeOfCycles();
}
