package dev.lede.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The k8s/ manifests read into the fabric8 Kubernetes model, with the fields the model did not know. */
final class Manifests {
    static final Path DIR = Path.of("k8s");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private Manifests() {
    }

    static List<Path> files() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.getFileName().toString().matches("[^.].*\\.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of a manifest; a wrong type for a known field fails here. */
    static List<HasMetadata> read(Path file) throws IOException {
        List<HasMetadata> resources = new ArrayList<>();
        for (String document : Files.readString(file).split("(?m)^---\\s*$")) {
            if (!document.lines().allMatch(line -> line.isBlank() || line.startsWith("#"))) {
                resources.add(SERIALIZATION.unmarshal(document, HasMetadata.class));
            }
        }
        return resources;
    }

    static <T> T read(String yaml, Class<T> type) {
        return SERIALIZATION.unmarshal(yaml, type);
    }

    /** The fields of a typed resource that its model does not have (fabric8 keeps them aside instead of failing). */
    static List<String> unknownFields(Object node, String path) {
        List<String> unknown = new ArrayList<>();
        collect(node, path, unknown);
        return unknown;
    }

    private static void collect(Object node, String path, List<String> unknown) {
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                collect(item, path + "[" + i++ + "]", unknown);
            }
        } else if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> collect(value, path + "." + key, unknown));
        } else if (node != null && node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            for (Method getter : node.getClass().getMethods()) {
                if (getter.getParameterCount() == 0 && getter.getName().startsWith("get") && getter.getDeclaringClass() != Object.class) {
                    Object value = invoke(getter, node);
                    if (getter.getName().equals("getAdditionalProperties")) {
                        ((Map<?, ?>) value).keySet().forEach(key -> unknown.add(path + "." + key));
                    } else {
                        collect(value, path + "." + getter.getName().substring(3), unknown);
                    }
                }
            }
        }
    }

    private static Object invoke(Method getter, Object node) {
        try {
            return getter.invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter.toString(), e);
        }
    }
}
