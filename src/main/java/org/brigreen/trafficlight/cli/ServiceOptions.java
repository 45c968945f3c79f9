package org.brigreen.trafficlight.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where the service is, and the bearer token to call it with: from the environment variable
 * {@value TrafficLightCommand#TOKEN_VARIABLE} or a file, never from the command line, where other users of the machine
 * and the shell's history would see it.
 */
final class ServiceOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://localhost:8080",
            description = "the service (default: ${DEFAULT-VALUE})")
    URI url;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "a file holding the bearer token; default: the environment variable "
                    + TrafficLightCommand.TOKEN_VARIABLE)
    Path tokenFile;

    /** A client of the service, with the token. */
    ServiceClient client() {
        return new ServiceClient(url, token());
    }

    private String token() {
        String token;
        if (tokenFile != null) {
            try {
                token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new CommandFailure(ExitCodes.USAGE, "--token-file " + tokenFile + " cannot be read: " + e);
            }
        } else {
            TrafficLightCommand root = (TrafficLightCommand) command.root().userObject();
            String variable = root.environment(TrafficLightCommand.TOKEN_VARIABLE);
            token = variable == null ? "" : variable.strip();
        }
        if (token.isEmpty()) {
            throw new CommandFailure(ExitCodes.USAGE, "no token: set the environment variable "
                    + TrafficLightCommand.TOKEN_VARIABLE + " or give --token-file FILE");
        }
        return token;
    }
}
