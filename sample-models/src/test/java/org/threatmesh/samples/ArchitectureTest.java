package org.threatmesh.samples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The sample catalogue is plain data behind the model API: it may use the model and the JDK, nothing else. */
@AnalyzeClasses(packages = "org.threatmesh.samples", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule samplesDependOnlyOnTheModelAndTheJdk = classes()
            .that().resideInAPackage("org.threatmesh.samples..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("org.threatmesh.samples..", "org.threatmesh.model..", "java..");
}
