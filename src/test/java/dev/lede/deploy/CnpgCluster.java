package dev.lede.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Quantity;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of CloudNativePG's Cluster (postgresql.cnpg.io/v1) that k8s/database.yaml uses, read
 * strictly: a field outside it, a wrong type or a missing required field is a problem.
 */
record CnpgCluster(String name, Spec spec) {
    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    record Spec(int instances, String imageName, String primaryUpdateStrategy, Bootstrap bootstrap, Storage storage,
                Object resources, Backup backup) {
    }

    record Bootstrap(InitDb initdb) {
    }

    record InitDb(String database, String owner, SecretRef secret) {
    }

    record SecretRef(String name) {
    }

    record Storage(String size, String storageClass) {
    }

    record Backup(String retentionPolicy, ObjectStore barmanObjectStore) {
    }

    record ObjectStore(String destinationPath, S3Credentials s3Credentials, Compression wal, Compression data) {
    }

    record S3Credentials(KeyRef accessKeyId, KeyRef secretAccessKey) {
    }

    record KeyRef(String name, String key) {
    }

    record Compression(String compression) {
    }

    static CnpgCluster of(GenericKubernetesResource resource) {
        if (!"postgresql.cnpg.io/v1".equals(resource.getApiVersion())) {
            throw new AssertionError("not a CloudNativePG Cluster: " + resource.getApiVersion());
        }
        return new CnpgCluster(resource.getMetadata().getName(),
                STRICT.convertValue(resource.getAdditionalProperties().get("spec"), Spec.class));
    }

    /** What CloudNativePG's CRD would refuse, or what a cluster needs that the manifest lacks. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (spec.instances() < 1) {
            problems.add("spec.instances must be at least 1");
        }
        if (spec.storage() == null || spec.storage().size() == null) {
            problems.add("spec.storage.size is required");
        } else if (Quantity.getAmountInBytes(new Quantity(spec.storage().size())).signum() <= 0) {
            problems.add("spec.storage.size must be positive");
        }
        if (spec.bootstrap() == null || spec.bootstrap().initdb() == null || spec.bootstrap().initdb().database() == null) {
            problems.add("spec.bootstrap.initdb.database is required");
        }
        if (spec.backup() == null || spec.backup().barmanObjectStore() == null
                || spec.backup().barmanObjectStore().destinationPath() == null
                || spec.backup().barmanObjectStore().s3Credentials() == null) {
            problems.add("spec.backup.barmanObjectStore needs destinationPath and s3Credentials");
        }
        return problems;
    }

    List<String> secretNames() {
        List<String> names = new ArrayList<>();
        if (spec.bootstrap() != null && spec.bootstrap().initdb() != null && spec.bootstrap().initdb().secret() != null) {
            names.add(spec.bootstrap().initdb().secret().name());
        }
        if (spec.backup() != null && spec.backup().barmanObjectStore() != null && spec.backup().barmanObjectStore().s3Credentials() != null) {
            S3Credentials s3 = spec.backup().barmanObjectStore().s3Credentials();
            names.add(s3.accessKeyId().name());
            names.add(s3.secretAccessKey().name());
        }
        return names;
    }
}
