package dev.lede.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.smallrye.config.ConfigMapping;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The code's structure: features without cycles, each table's SQL in its repository, configuration in mappings. */
@AnalyzeClasses(packages = "dev.lede", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.lede.(*)..").should().beFreeOfCycles();

    private static final String[] SHARED = {"dev.lede.web..", "dev.lede.problem..", "dev.lede.paging..",
                                            "dev.lede.common.."};

    /** Not a feature: the database every feature stores in (its settings, its failures). */
    private static final String INFRASTRUCTURE = "dev.lede.database..";

    @ArchTest
    static final ArchRule sharedPackagesKnowNoFeature = noClasses()
            .that().resideInAnyPackage(SHARED)
            .should().dependOnClassesThat(resideInAPackage("dev.lede..")
                    .and(not(resideInAnyPackage(SHARED))).and(not(resideInAPackage(INFRASTRUCTURE))))
            .because("web, problem, paging and common serve every feature and know none");

    @ArchTest
    static final ArchRule sqlOnlyInRepositories = noClasses()
            .that().haveSimpleNameNotEndingWith("Repository").and().haveSimpleNameNotEndingWith("Sql")
            .should().callMethodWhere(target(nameMatching("create(Native)?Query"))
                    .and(target(owner(resideInAnyPackage("jakarta.persistence..", "org.hibernate..")))))
            .orShould().callMethodWhere(target(nameMatching("prepareStatement|createStatement|prepareCall|copyIn"))
                    .and(target(owner(resideInAnyPackage("java.sql..", "org.postgresql..")))))
            .because("a table's SQL lives in the repository that owns it (or a *Sql class beside it)");

    @ArchTest
    static final ArchRule resourcesUseRepositories = noClasses()
            .that().areAnnotatedWith(Path.class)
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .because("a resource asks a repository");

    @ArchTest
    static final ArchRule configThroughMappings = noClasses()
            .that().areNotAnnotatedWith(ConfigMapping.class).and().haveSimpleNameNotEndingWith("Config")
            .should().dependOnClassesThat().areAssignableTo(ConfigProperty.class)
            .because("each feature reads its settings in one place: a @ConfigMapping interface"
                    + " (SiteConfig says why it is not one)");
}
