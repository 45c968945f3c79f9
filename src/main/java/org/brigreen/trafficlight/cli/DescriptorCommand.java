package org.brigreen.trafficlight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Sends one project descriptor, a JSON file, to the service and prints the answer as JSON on standard output, with a
 * line in brief on standard error.
 */
abstract class DescriptorCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Mixin
    ServiceOptions service;

    @Mixin
    RuleSetSelection selection;

    @Option(names = "--language", paramLabel = "LANG", description = "the language of the answer's texts: en or zh")
    String language;

    @Parameters(index = "0", paramLabel = "FILE", description = "the project descriptor, JSON")
    Path file;

    /** The endpoint, such as {@code /v1/classifications}. */
    abstract String path();

    /** The headers the request carries besides the token and the media types. */
    Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (language != null) {
            headers.put("Accept-Language", language);
        }
        return headers;
    }

    /** The answer in brief: one line. */
    abstract String brief(JsonNode answer);

    @Override
    public Integer call() throws IOException {
        JsonNode answer = service.client().postFile(path() + selection.query(), file, ServiceClient.JSON_TYPE,
                headers());
        spec.commandLine().getOut().println(JSON.writeValueAsString(answer));
        spec.commandLine().getErr().println(brief(answer));
        return ExitCodes.OK;
    }

    /** The class, whether the project is excluded, and the version that decided. */
    static String outcome(JsonNode answer) {
        JsonNode ruleSet = answer.path("ruleSet");
        return answer.path("class").asText() + (answer.path("excluded").asBoolean() ? ", excluded" : "") + ", under "
                + ruleSet.path("id").asText() + " " + ruleSet.path("version").asText();
    }
}
