package org.zhibiao;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers of docs/architecture.md: dependencies point inward, JavaFX stays in ui, the engine stays pure, and the
 * desktop and the command line reach the workspace only through services.
 */
@AnalyzeClasses(packages = "org.zhibiao", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses().that().resideOutsideOfPackages("org.zhibiao.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the engine and the command line must run with no display");

    @ArchTest
    static final ArchRule modelIsPlain = noClasses().that().resideInAPackage("org.zhibiao.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.zhibiao.text..", "org.zhibiao.extract..",
                    "org.zhibiao.service..", "org.zhibiao.cli..", "org.zhibiao.ui..", "java.sql..")
            .because("model records are plain data that every layer shares");

    @ArchTest
    static final ArchRule engineIsPure = noClasses().that().resideInAnyPackage("org.zhibiao.extract..", "org.zhibiao.text..")
            .should().dependOnClassesThat().resideInAnyPackage("org.zhibiao.service..", "org.zhibiao.cli..",
                    "org.zhibiao.ui..", "java.sql..")
            .because("extraction is text in, figures out: it never sees storage or the UI");

    @ArchTest
    static final ArchRule textDoesNotKnowExtraction = noClasses().that().resideInAPackage("org.zhibiao.text..")
            .should().dependOnClassesThat().resideInAPackage("org.zhibiao.extract..")
            .because("decoding and normalising come before extraction");

    @ArchTest
    static final ArchRule cliAndUiAreApart = noClasses().that().resideInAPackage("org.zhibiao.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.zhibiao.ui..")
            .because("the command line never loads the desktop app");

    @ArchTest
    static final ArchRule screensAndCommandsGoThroughServices = noClasses()
            .that().resideInAnyPackage("org.zhibiao.ui..", "org.zhibiao.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.zhibiao.store..")
            .because("every use case the desktop and the command line offer is a service, so both behave alike and "
                    + "a view model can be tested with the services it is given");

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Model").definedBy("org.zhibiao.model..")
            .layer("Text").definedBy("org.zhibiao.text..")
            .layer("Store").definedBy("org.zhibiao.store..")
            .layer("Extract").definedBy("org.zhibiao.extract..")
            .layer("Analysis").definedBy("org.zhibiao.analysis..")
            .layer("Service").definedBy("org.zhibiao.service..")
            .layer("Export").definedBy("org.zhibiao.export..")
            .layer("Bench").definedBy("org.zhibiao.bench..")
            .layer("Cli").definedBy("org.zhibiao.cli..")
            .layer("Ui").definedBy("org.zhibiao.ui..")
            .layer("Launcher").definedBy("org.zhibiao")
            .whereLayer("Model").mayNotAccessAnyLayer()
            .whereLayer("Text").mayOnlyAccessLayers("Model")
            .whereLayer("Store").mayOnlyAccessLayers("Model")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Extract").mayOnlyAccessLayers("Model", "Text")
            .whereLayer("Analysis").mayOnlyAccessLayers("Model")
            .whereLayer("Service").mayOnlyAccessLayers("Model", "Text", "Store", "Extract", "Analysis")
            .whereLayer("Export").mayOnlyAccessLayers("Model", "Extract", "Analysis", "Service")
            .whereLayer("Bench").mayOnlyAccessLayers("Model", "Extract")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
            .because("each layer builds on the ones below it only: the store is the services' alone, analysis "
                    + "works on figures it is handed, and export reads what the services give it");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.zhibiao.(*)..").should().beFreeOfCycles()
            .because("a package that needs a package needing it cannot be understood, tested or replaced alone");
}
