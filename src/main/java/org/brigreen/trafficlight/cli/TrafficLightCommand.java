package org.brigreen.trafficlight.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code traffic-light} command line: rule authors test and compare rule-set versions from their files, without
 * the service; callers classify, evaluate and screen against a running service; regulators verify its log offline.
 * It uses the core ({@code rules}, {@code decision}, {@code input}) and {@code tlog} as the service does, and HTTP only
 * as a client of the service's API.
 */
@Command(name = "traffic-light", mixinStandardHelpOptions = true, version = "traffic-light 1.0.0-SNAPSHOT",
        description = "Tests rule-set versions, classifies and screens projects against the service, and verifies "
                + "its decision log.",
        subcommands = {RulesCommand.class, ClassifyCommand.class, EvaluateCommand.class, ScreenCommand.class,
            VerifyCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all holds: the rules pass, the request was answered, the log verifies",
            "1:something does not hold: a rule example or check fails, a line of a batch was refused, the log "
                    + "does not verify (verify: or an input cannot be read)",
            "2:the command line is wrong, or no token is given",
            "3:the service refused the request (its problem is printed in one line)",
            "4:the service cannot be reached, or a file cannot be read or written"})
public final class TrafficLightCommand {

    /** The environment variable that holds the bearer token; never a command-line argument. */
    static final String TOKEN_VARIABLE = "TRAFFIC_LIGHT_TOKEN";

    private final Map<String, String> environment;

    /** @param environment the environment variables the command reads, {@value #TOKEN_VARIABLE} alone */
    public TrafficLightCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public static void main(String[] args) {
        quietLibraries();
        System.exit(commandLine(System.getenv()).execute(args));
    }

    /**
     * The libraries log through JBoss Logging, which would pick the JBoss log manager the service uses, and print at
     * INFO (Hibernate Validator its version): sent to the JDK's logging instead, warnings and errors only, so that a
     * command prints its report alone.
     */
    private static void quietLibraries() {
        System.setProperty("org.jboss.logging.provider", "jdk");
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    }

    /** The command line, ready to execute, reading {@code environment} for the token. */
    public static CommandLine commandLine(Map<String, String> environment) {
        return new CommandLine(new TrafficLightCommand(environment))
                .setExecutionExceptionHandler(new CommandFailure.Handler());
    }

    String environment(String name) {
        return environment.get(name);
    }
}
