package org.quiverdb.kernel;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The kernel, its tests included, reaches the storage module only through its api package. */
class StorageBoundaryTest {
    @Test
    void kernelAndItsTestsUseOnlyTheStorageApi() {
        JavaClasses kernel = new ClassFileImporter().importPackages("org.quiverdb.kernel");
        noClasses()
                .that()
                .resideInAPackage("org.quiverdb.kernel..")
                .should()
                .dependOnClassesThat(resideInAPackage("org.quiverdb.storage..")
                        .and(resideOutsideOfPackage("org.quiverdb.storage.api..")))
                .check(kernel);
    }
}
