package dev.lede;

import dev.lede.imports.ImportCommand;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Serves the API, or with {@code import <dir or files…>} imports pages from the command line and exits. */
@QuarkusMain
public class LedeMain {
    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("import")) {
            // a one-off command: no HTTP listener (a server may be running), no sample content
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("lede.sample-content.enabled", "false");
            System.setProperty("quarkus.log.level", "WARN");
            System.setProperty("quarkus.banner.enabled", "false");
            Quarkus.run(ImportCommand.class, args);
        } else {
            Quarkus.run(args);
        }
    }
}
