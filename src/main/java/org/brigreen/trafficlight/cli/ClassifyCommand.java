package org.brigreen.trafficlight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Classifies one project and records the decision: {@code POST /v1/classifications}. */
@Command(name = "classify", description = "Classifies the project descriptor in FILE (JSON) and records the decision "
                + "(POST /v1/classifications); prints the answer as JSON, and the class on standard error.")
final class ClassifyCommand extends DescriptorCommand {

    @Option(names = "--idempotency-key", paramLabel = "KEY",
            description = "sent as Idempotency-Key: the same key and descriptor again give the same decision")
    String idempotencyKey;

    @Override
    String path() {
        return "/v1/classifications";
    }

    @Override
    Map<String, String> headers() {
        Map<String, String> headers = super.headers();
        if (idempotencyKey != null) {
            headers.put("Idempotency-Key", idempotencyKey);
        }
        return headers;
    }

    @Override
    String brief(JsonNode answer) {
        return outcome(answer) + ": decision " + answer.path("decisionId").asText() + ", recorded";
    }
}
