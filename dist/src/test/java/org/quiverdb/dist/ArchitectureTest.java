package org.quiverdb.dist;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The architecture of STYLE.md section 1, checked on the production classes of every module on
 * this module's class path: dependencies point down the module chain only (values, storage,
 * kernel, cypher, session, bolt/http, server; tools uses kernel and session's api, for the user
 * store; nothing depends on tools), and
 * a module reaches into another only through that module's {@code api} package.
 */
class ArchitectureTest {
    private static final String ROOT = "org.quiverdb.";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.quiverdb");

    @Test
    void everyModuleWithCodeIsImported() {
        Set<String> modules = CLASSES.stream()
                .map(c -> module(c.getPackageName()))
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        assertThat(modules).contains("values", "kernel", "cypher", "session", "server", "tools");
    }

    @Test
    void dependenciesPointDownTheModuleChain() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("values")
                .definedBy("org.quiverdb.values..")
                .layer("storage")
                .definedBy("org.quiverdb.storage..")
                .layer("kernel")
                .definedBy("org.quiverdb.kernel..")
                .layer("cypher")
                .definedBy("org.quiverdb.cypher..")
                .layer("session")
                .definedBy("org.quiverdb.session..")
                .layer("bolt")
                .definedBy("org.quiverdb.bolt..")
                .layer("http")
                .definedBy("org.quiverdb.http..")
                .layer("server")
                .definedBy("org.quiverdb.server..")
                .layer("tools")
                .definedBy("org.quiverdb.tools..")
                .layer("edge")
                .definedBy("org.quiverdb.tck..", "org.quiverdb.bench..", "org.quiverdb.dist..")
                .whereLayer("edge")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("tools")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("server")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("bolt")
                .mayOnlyBeAccessedByLayers("server")
                .whereLayer("http")
                .mayOnlyBeAccessedByLayers("server")
                .whereLayer("session")
                .mayOnlyBeAccessedByLayers("bolt", "http", "server", "tools")
                .whereLayer("cypher")
                .mayOnlyBeAccessedByLayers("session", "bolt", "http", "server")
                .whereLayer("kernel")
                .mayOnlyBeAccessedByLayers("cypher", "session", "bolt", "http", "server", "tools")
                .whereLayer("storage")
                .mayOnlyBeAccessedByLayers("kernel", "cypher", "session", "bolt", "http", "server", "tools")
                .check(CLASSES);
    }

    @Test
    void modulesMeetOnlyThroughApiPackages() {
        ArchRuleDefinition.classes()
                .that()
                .resideInAPackage("org.quiverdb..")
                .should(useOtherModulesOnlyThroughApi())
                .check(CLASSES);
    }

    @Test
    void theApiRuleCatchesAReachIntoAnImplementationPackage() {
        assertThat(crossesBoundary("org.quiverdb.bolt.fsm", "org.quiverdb.session.tx"))
                .isTrue();
        assertThat(crossesBoundary("org.quiverdb.bolt.fsm", "org.quiverdb.session.api"))
                .isFalse();
        assertThat(crossesBoundary("org.quiverdb.bolt.fsm", "org.quiverdb.values.value"))
                .isFalse();
        assertThat(crossesBoundary("org.quiverdb.bolt.fsm", "org.quiverdb.bolt.packstream"))
                .isFalse();
        assertThat(crossesBoundary("org.quiverdb.server.config", "java.util")).isFalse();
    }

    private static ArchCondition<JavaClass> useOtherModulesOnlyThroughApi() {
        return new ArchCondition<>("use other modules only through their api packages") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    String from = item.getPackageName();
                    String to = d.getTargetClass().getPackageName();
                    if (crossesBoundary(from, to)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    /**
     * Whether a dependency from package {@code from} to {@code to} enters another module other than
     * through its api. The value model is the api of {@code values} as a whole.
     */
    static boolean crossesBoundary(String from, String to) {
        Optional<String> target = module(to);
        if (target.isEmpty() || target.equals(module(from)) || target.get().equals("values")) {
            return false;
        }
        String api = ROOT + target.get() + ".api";
        return !(to.equals(api) || to.startsWith(api + "."));
    }

    private static Optional<String> module(String packageName) {
        if (!packageName.startsWith(ROOT)) {
            return Optional.empty();
        }
        String rest = packageName.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
