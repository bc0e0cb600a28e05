package org.threatmesh.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The editor's MVVM boundaries (house style §5.5), checked on every build. */
@AnalyzeClasses(packages = "org.threatmesh.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    @ArchTest
    static final ArchRule viewModelsHoldNoControls = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .or().haveSimpleNameEndingWith("Intents").or().haveSimpleName("MoveGesture")
            .or().haveSimpleName("EditingSession").or().haveSimpleName("SelectionModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view-models are tested without a toolkit and never see a control or a window");

    @ArchTest
    static final ArchRule viewModelsDoNotKnowViews = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel").or().haveSimpleNameEndingWith("Intents")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("View")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Skin")
            .because("views depend on view-models, never the other way round");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.threatmesh.app.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheShellUsesWindowsAndAtlantaFxClassesAreNeverLoaded = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("atlantafx..")
            .because("AtlantaFX 2.1.0 ships Java 21 bytecode; we use only its stylesheets (ADR 0005)");

    @ArchTest
    static final ArchRule viewModelsDoNotCallPlatformRunLater = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform")
            .because("background work returns through the injected UI executor");
}
