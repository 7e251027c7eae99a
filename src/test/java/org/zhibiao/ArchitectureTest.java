package org.zhibiao;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layers of docs/architecture: dependencies point inward, JavaFX stays in ui, the engine stays pure. */
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
}
