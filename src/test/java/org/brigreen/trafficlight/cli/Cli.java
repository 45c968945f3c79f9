package org.brigreen.trafficlight.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code traffic-light} in the test's own process, with what it prints captured. */
final class Cli {

    /** What a run printed, and its exit code. */
    record Outcome(int exitCode, String out, String err) {

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private Cli() {
    }

    static Outcome run(String... args) {
        return run(Map.of(), args);
    }

    /** A run with these environment variables (and no others). */
    static Outcome run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = TrafficLightCommand.commandLine(environment);
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exitCode = command.execute(args);
        return new Outcome(exitCode, out.toString(), err.toString());
    }
}
