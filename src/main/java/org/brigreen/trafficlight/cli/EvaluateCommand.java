package org.brigreen.trafficlight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;

/** What a classification would answer, under any version, drafts included, recording nothing. */
@Command(name = "evaluate", description = "Evaluates the project descriptor in FILE (JSON) as a classification would, under any "
                + "version, drafts included, and records nothing (POST /v1/evaluations): for what-ifs.")
final class EvaluateCommand extends DescriptorCommand {

    @Override
    String path() {
        return "/v1/evaluations";
    }

    @Override
    String brief(JsonNode answer) {
        return outcome(answer) + ": an evaluation, nothing recorded";
    }
}
