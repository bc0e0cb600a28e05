package org.threatmesh.icons;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The icon set is shared by the app and the PDF exporter, so it must stand on the JDK alone. */
@AnalyzeClasses(packages = "org.threatmesh.icons", importOptions = ImportOption.DoNotIncludeTests.class)
class IconsArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnNothingOfOurs = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.threatmesh.model..", "org.threatmesh.app..", "org.threatmesh.rules..",
                    "org.threatmesh.export..", "org.threatmesh.samples..", "org.threatmesh.cli..")
            .because("icons are plain artwork that every module may draw");

    @ArchTest
    static final ArchRule dependsOnNoUiToolkit = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "java.awt..", "javax.swing..", "org.apache.pdfbox..")
            .because("the PDF exporter and the JavaFX app both read path data from here");
}
