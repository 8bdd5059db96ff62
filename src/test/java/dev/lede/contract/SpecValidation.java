package dev.lede.contract;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts {@link SpecFilter} on every REST Assured call of every test class. Registered for all
 * tests through META-INF/services (Quarkus turns on JUnit's extension auto-detection), so new
 * tests are covered without doing anything.
 */
public class SpecValidation implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws ReflectiveOperationException {
        // A @QuarkusTest runs with its own copy of REST Assured, in the class loader of the test class.
        ClassLoader loader = context.getRequiredTestClass().getClassLoader();
        Class.forName(SpecFilter.class.getName(), true, loader).getMethod("install").invoke(null);
    }
}
