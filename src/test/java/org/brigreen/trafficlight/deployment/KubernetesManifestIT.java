package org.brigreen.trafficlight.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kubernetes manifest that the package step writes (target/kubernetes/kubernetes.yml): a Deployment whose probes
 * ask the health endpoints, with resource requests and every secret taken from a Secret, never written in; a Service
 * in front of its pods; and a HorizontalPodAutoscaler of that Deployment.
 */
class KubernetesManifestIT {

    private static final Path MANIFEST = Path.of("target", "kubernetes", "kubernetes.yml");
    private static final Map<String, String> SECRET_ENV = Map.of(
            "QUARKUS_DATASOURCE_JDBC_URL", "traffic-light-database",
            "QUARKUS_DATASOURCE_USERNAME", "traffic-light-database",
            "QUARKUS_DATASOURCE_PASSWORD", "traffic-light-database",
            "MP_JWT_VERIFY_ISSUER", "traffic-light-token-issuer",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "traffic-light-token-issuer");

    private static List<JsonNode> resources;

    @BeforeAll
    static void read() throws IOException {
        assertTrue(Files.isRegularFile(MANIFEST), "the package step writes " + MANIFEST);
        resources = new ArrayList<>();
        try (var documents = new YAMLMapper().readerFor(JsonNode.class).readValues(MANIFEST.toFile())) {
            while (documents.hasNext()) {
                resources.add((JsonNode) documents.next());
            }
        }
    }

    @Test
    void theDeploymentsProbesAskTheHealthEndpointsOnItsPort() {
        JsonNode container = container();
        int port = container.at("/ports/0/containerPort").asInt();
        assertEquals(8080, port);
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertEquals(port, container.at("/" + probe + "/httpGet/port").asInt(), probe);
        }
        assertTrue(container.at("/startupProbe/periodSeconds").asInt()
                * container.at("/startupProbe/failureThreshold").asInt() >= 60,
                "a start may wait a minute for the database before the startup probe gives up");
    }

    @Test
    void theDeploymentRequestsCpuAndMemory() {
        JsonNode requests = container().at("/resources/requests");
        assertFalse(requests.path("cpu").asText().isEmpty(), "a CPU request, which the autoscaler measures against");
        assertFalse(requests.path("memory").asText().isEmpty(), "a memory request");
        assertFalse(container().at("/resources/limits/memory").asText().isEmpty(), "a memory limit");
    }

    @Test
    void everySecretComesFromASecretAndNoneIsWrittenIn() {
        Map<String, JsonNode> env = new TreeMap<>();
        container().path("env").forEach(variable -> env.put(variable.get("name").asText(), variable));
        SECRET_ENV.forEach((name, secret) -> {
            JsonNode variable = env.get(name);
            assertTrue(variable != null, name + " is set");
            assertFalse(variable.has("value"), name + " is not written in the manifest");
            assertEquals(secret, variable.at("/valueFrom/secretKeyRef/name").asText(), name);
            assertFalse(variable.at("/valueFrom/secretKeyRef/key").asText().isEmpty(), name);
        });

        String keyFile = env.get("TRAFFIC_LIGHT_AUDIT_SIGNING_KEY").get("value").asText();
        JsonNode mount = find(container().path("volumeMounts"),
                m -> keyFile.startsWith(m.get("mountPath").asText() + "/"))
                .orElseThrow(() -> new AssertionError("the signing key " + keyFile + " is on a mounted volume"));
        assertTrue(mount.path("readOnly").asBoolean(), "mounted read-only");
        JsonNode volume = find(deployment().at("/spec/template/spec/volumes"),
                v -> v.get("name").asText().equals(mount.get("name").asText())).orElseThrow();
        assertEquals("traffic-light-audit-signing-key", volume.at("/secret/secretName").asText());
    }

    @Test
    void theServiceSendsToTheDeploymentsPods() {
        JsonNode service = resource("Service");
        JsonNode podLabels = deployment().at("/spec/template/metadata/labels");
        service.at("/spec/selector").fields().forEachRemaining(label -> assertEquals(label.getValue().asText(),
                podLabels.path(label.getKey()).asText(), "the pods carry the selector's label " + label.getKey()));
        assertEquals(container().at("/ports/0/containerPort").asInt(), service.at("/spec/ports/0/targetPort").asInt());
    }

    @Test
    void anAutoscalerScalesTheDeploymentFromMoreThanOneInstance() {
        JsonNode autoscaler = resource("HorizontalPodAutoscaler");
        assertEquals("autoscaling/v2", autoscaler.get("apiVersion").asText());
        assertEquals("Deployment", autoscaler.at("/spec/scaleTargetRef/kind").asText());
        assertEquals(deployment().at("/metadata/name").asText(), autoscaler.at("/spec/scaleTargetRef/name").asText());
        int min = autoscaler.at("/spec/minReplicas").asInt();
        assertTrue(min >= 2 && autoscaler.at("/spec/maxReplicas").asInt() > min, "from 2 instances up");
        assertEquals("cpu", autoscaler.at("/spec/metrics/0/resource/name").asText());
    }

    @Test
    void nothingButTheServiceMigratesOrWaits() {
        assertTrue(resources.stream().noneMatch(r -> r.path("kind").asText().equals("Job")),
                "the service migrates its schema itself: no migration Job");
        assertTrue(deployment().at("/spec/template/spec/initContainers").isMissingNode(), "no init container");
        container().path("env").forEach(variable -> assertFalse(variable.get("name").asText()
                .equals("QUARKUS_FLYWAY_ACTIVE"), "the migration at start is left on"));
    }

    private static JsonNode deployment() {
        return resource("Deployment");
    }

    private static JsonNode container() {
        JsonNode containers = deployment().at("/spec/template/spec/containers");
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    private static JsonNode resource(String kind) {
        List<JsonNode> ofKind = resources.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
        assertEquals(1, ofKind.size(), "one " + kind);
        return ofKind.get(0);
    }

    private static Optional<JsonNode> find(JsonNode array, Predicate<JsonNode> condition) {
        for (JsonNode element : array) {
            if (condition.test(element)) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }
}
