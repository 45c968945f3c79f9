package org.brigreen.trafficlight.cli;

import picocli.CommandLine.Option;

/**
 * The help option of a subcommand. Not picocli's standard help options, whose {@code --version} would be the
 * command's version: {@code --version} is a rule-set version wherever a subcommand takes one.
 */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;
}
