package dev.lede.contract;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.output.ConsoleRender;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * openapi-diff of two specs: prints the changes and exits 1 when the new spec breaks clients of
 * the old one. Usage: BreakingChanges OLD_SPEC NEW_SPEC
 */
public final class BreakingChanges {
    private BreakingChanges() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: BreakingChanges OLD_SPEC NEW_SPEC");
            System.exit(2);
        }
        ChangedOpenApi diff = OpenApiCompare.fromFiles(new File(args[0]), new File(args[1]));
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        new ConsoleRender().render(diff, new OutputStreamWriter(report, StandardCharsets.UTF_8));
        System.out.println(report.toString(StandardCharsets.UTF_8));
        DiffResult result = diff.isChanged();
        System.out.println("openapi-diff: " + result);
        if (result == DiffResult.INCOMPATIBLE) {
            System.exit(1);
        }
    }
}
