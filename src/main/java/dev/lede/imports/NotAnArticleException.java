package dev.lede.imports;

import dev.lede.problem.ApiException;
import dev.lede.problem.Problem;

import java.util.List;

/** The text parsed, but no article was in it. */
public class NotAnArticleException extends ApiException {
    public NotAnArticleException(List<String> missing, List<String> warnings) {
        super(422, "The text is not an article: no " + String.join(" and no ", missing) + " found"
                        + (warnings.isEmpty() ? "" : " (" + String.join("; ", warnings) + ")"),
                missing.stream().map(m -> new Problem.FieldError("body", "no " + m + " found")).toList());
    }
}
