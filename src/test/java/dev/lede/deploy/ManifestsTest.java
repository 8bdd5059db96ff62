package dev.lede.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** k8s/ as a platform team would apply it: every manifest a valid resource, wired to the others. */
class ManifestsTest {

    @Test
    void everyManifestHasOnlyFieldsOfItsKind() throws IOException {
        List<String> unknown = new ArrayList<>();
        for (Path file : Manifests.files()) {
            for (HasMetadata resource : Manifests.read(file)) {
                if (!(resource instanceof GenericKubernetesResource)) {
                    unknown.addAll(Manifests.unknownFields(resource, file.getFileName() + ":" + resource.getKind()));
                }
            }
        }
        assertEquals(List.of(), unknown, "fields the Kubernetes model does not know");
    }

    @Test
    void theKustomizationListsEveryManifest() throws IOException {
        Set<String> listed = Manifests.read(Files.readString(Manifests.DIR.resolve("kustomization.yaml")), Map.class)
                .get("resources") instanceof List<?> resources
                ? resources.stream().map(String::valueOf).collect(Collectors.toSet()) : Set.of();
        Set<String> files = Manifests.files().stream().map(f -> f.getFileName().toString())
                .filter(name -> !name.equals("kustomization.yaml")).collect(Collectors.toSet());
        assertEquals(files, listed);
    }

    @Test
    void theDatabaseIsACloudNativePgClusterWithReplicasStorageAndBackups() throws IOException {
        CnpgCluster cluster = CnpgCluster.of(only(GenericKubernetesResource.class, "Cluster"));
        assertEquals(List.of(), cluster.problems(), "CloudNativePG Cluster");
        assertEquals(3, cluster.spec().instances(), "a primary and two replicas");
        Set<String> secrets = all(Secret.class).stream().map(s -> s.getMetadata().getName()).collect(Collectors.toSet());
        assertTrue(secrets.containsAll(cluster.secretNames()), "the Secrets the Cluster refers to are in k8s/: " + cluster.secretNames());
        String url = only(ConfigMap.class, "ConfigMap").getData().get("QUARKUS_DATASOURCE_JDBC_URL");
        assertTrue(url.startsWith("jdbc:postgresql://" + cluster.name() + "-rw:5432/" + cluster.spec().bootstrap().initdb().database()),
                "the app uses the cluster's read-write service: " + url);
        String readUrl = only(ConfigMap.class, "ConfigMap").getData().get("LEDE_DATASOURCE_READ_URL");
        assertTrue(readUrl.startsWith("jdbc:postgresql://" + cluster.name() + "-ro:5432/" + cluster.spec().bootstrap().initdb().database()),
                "public reads use the cluster's read-only service (its replicas): " + readUrl);
    }

    @Test
    void theDeploymentIsHardenedAndProbed() throws IOException {
        Deployment deployment = only(Deployment.class, "Deployment");
        assertEquals(3, deployment.getSpec().getReplicas());
        Container app = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals("/q/health/started", app.getStartupProbe().getHttpGet().getPath());
        assertEquals("/q/health/live", app.getLivenessProbe().getHttpGet().getPath());
        assertEquals("/q/health/ready", app.getReadinessProbe().getHttpGet().getPath());
        assertTrue(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot());
        assertTrue(app.getSecurityContext().getReadOnlyRootFilesystem());
        assertFalse(app.getSecurityContext().getAllowPrivilegeEscalation());
        assertEquals(List.of("ALL"), app.getSecurityContext().getCapabilities().getDrop());
        assertTrue(app.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/tmp")), "a writable /tmp");
        assertTrue(Files.readString(Path.of("src/main/docker/Dockerfile.jvm")).contains("-t " + app.getImage() + " "),
                "src/main/docker/Dockerfile.jvm builds the image the Deployment runs: " + app.getImage());
        Quantity request = app.getResources().getRequests().get("memory");
        Quantity limit = app.getResources().getLimits().get("memory");
        assertTrue(request.getNumericalAmount().compareTo(limit.getNumericalAmount()) <= 0, "memory request <= limit");
    }

    @Test
    void theNetworkPolicyLetsWebhooksOutToPublicAddressesOnly() throws IOException {
        NetworkPolicy policy = only(NetworkPolicy.class, "NetworkPolicy");
        List<IPBlock> blocks = policy.getSpec().getEgress().stream().flatMap(rule -> rule.getTo().stream())
                .map(NetworkPolicyPeer::getIpBlock).filter(java.util.Objects::nonNull).toList();
        IPBlock ipv4 = blocks.stream().filter(b -> b.getCidr().equals("0.0.0.0/0")).findFirst().orElseThrow(
                () -> new AssertionError("no egress to public IPv4 addresses: webhooks could not be delivered"));
        assertTrue(ipv4.getExcept().containsAll(List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "127.0.0.0/8")),
                "private, link-local and loopback ranges stay closed: " + ipv4.getExcept());
        blocks.stream().filter(b -> b.getCidr().equals("::/0")).forEach(ipv6 -> assertTrue(
                ipv6.getExcept().containsAll(List.of("fc00::/7", "fe80::/10", "::1/128")), "private IPv6 ranges stay closed: " + ipv6.getExcept()));
    }

    @Test
    void metricsHaveTheirOwnPortKeptInsideTheCluster() throws IOException {
        String port = only(ConfigMap.class, "ConfigMap").getData().get("LEDE_METRICS_PORT");
        assertTrue(port != null && port.matches("\\d+"), "LEDE_METRICS_PORT moves /q/metrics off the API port");
        Deployment deployment = only(Deployment.class, "Deployment");
        assertEquals(port, deployment.getSpec().getTemplate().getMetadata().getAnnotations().get("prometheus.io/port"));
        Service service = only(Service.class, "Service");
        assertTrue(service.getSpec().getPorts().stream().noneMatch(p -> String.valueOf(p.getTargetPort().getValue()).equals(port)
                || "metrics".equals(p.getTargetPort().getStrVal())), "the Service does not expose the metrics port");
        List<NetworkPolicyIngressRule> toMetrics = only(NetworkPolicy.class, "NetworkPolicy").getSpec().getIngress().stream()
                .filter(rule -> rule.getPorts().stream().anyMatch(p -> String.valueOf(p.getPort().getValue()).equals(port))).toList();
        assertEquals(1, toMetrics.size(), "one ingress rule opens the metrics port");
        assertTrue(toMetrics.get(0).getFrom() != null && !toMetrics.get(0).getFrom().isEmpty()
                && toMetrics.get(0).getFrom().stream().allMatch(peer -> peer.getIpBlock() == null),
                "the metrics port is open to pods inside the cluster only, never to address blocks");
    }

    @Test
    void secretsAreTemplatesWithoutRealValues() throws IOException {
        for (Secret secret : all(Secret.class)) {
            assertTrue(secret.getData() == null || secret.getData().isEmpty(), "stringData only: " + secret.getMetadata().getName());
            secret.getStringData().forEach((key, value) -> assertTrue(value.equals("REPLACE_ME") || key.equals("username"),
                    secret.getMetadata().getName() + "." + key + " must be REPLACE_ME"));
        }
    }

    @Test
    void everySettingTheReadmeListsIsConfigured() throws IOException {
        Set<String> configured = new java.util.HashSet<>(only(ConfigMap.class, "ConfigMap").getData().keySet());
        Container app = only(Deployment.class, "Deployment").getSpec().getTemplate().getSpec().getContainers().get(0);
        app.getEnv().stream().map(EnvVar::getName).forEach(configured::add);
        Set<String> envFromSecrets = app.getEnvFrom().stream().filter(source -> source.getSecretRef() != null)
                .map(source -> source.getSecretRef().getName()).collect(Collectors.toSet());
        all(Secret.class).stream().filter(secret -> envFromSecrets.contains(secret.getMetadata().getName()))
                .forEach(secret -> configured.addAll(secret.getStringData().keySet()));
        List<String> missing = readmeSettings().stream()
                .map(key -> key.toUpperCase(Locale.ROOT).replaceAll("[.\\-]", "_"))
                .filter(env -> !configured.contains(env)).toList();
        assertEquals(List.of(), missing, "README Configuration keys missing from k8s/configmap.yaml, the Deployment's env or a Secret it takes env from");
    }

    private static List<String> readmeSettings() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("## Configuration"));
        table = table.substring(0, table.indexOf("\n## ", 1) < 0 ? table.length() : table.indexOf("\n## ", 1));
        List<String> keys = new ArrayList<>();
        for (String row : table.lines().filter(l -> l.startsWith("| `")).toList()) {
            Matcher key = Pattern.compile("`([a-z0-9.\\-\"]+)`").matcher(row.split("\\|")[1]);
            while (key.find()) {
                keys.add(key.group(1));
            }
        }
        assertFalse(keys.isEmpty(), "README has a Configuration table");
        return keys;
    }

    private static <T extends HasMetadata> List<T> all(Class<T> type) throws IOException {
        List<T> found = new ArrayList<>();
        for (Path file : Manifests.files()) {
            Manifests.read(file).stream().filter(type::isInstance).map(type::cast).forEach(found::add);
        }
        return found;
    }

    private static <T extends HasMetadata> T only(Class<T> type, String kind) throws IOException {
        List<T> found = all(type).stream().filter(r -> r.getKind().equals(kind)).toList();
        assertEquals(1, found.size(), "one " + kind + " in k8s/");
        return found.get(0);
    }
}
