package dev.lede;

import dev.lede.imports.ImportCommand;
import dev.lede.synthetic.GenerateCommand;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Serves the API, or runs a one-off command and exits: {@code import <dir or files…>} imports pages,
 * {@code generate --count N} adds synthetic articles for benchmarks.
 */
@QuarkusMain
public class LedeMain {
    /**
     * Quarkus answers a URI that does not parse (a bad percent-encoding) with an empty 400 before any
     * route sees it; without its check, common.RequestChecks answers with a problem. (Set for the tests in pom.xml.)
     */
    static final String NO_URI_VALIDATION = "vertx.disableURIValidation";

    public static void main(String... args) {
        System.setProperty(NO_URI_VALIDATION, "true");
        String command = args.length > 0 ? args[0] : "";
        if (command.equals("import") || command.equals("generate")) {
            // a one-off command: no HTTP listener (a server may be running), no sample content, and no
            // scheduled publishing or webhook sending, which are the server's work
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.scheduler.enabled", "false");
            System.setProperty("lede.sample-content.enabled", "false");
            System.setProperty("quarkus.log.level", "WARN");
            System.setProperty("quarkus.banner.enabled", "false");
            Quarkus.run(command.equals("import") ? ImportCommand.class : GenerateCommand.class, args);
        } else {
            Quarkus.run(args);
        }
    }
}
