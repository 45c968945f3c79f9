package org.brigreen.trafficlight.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The rule authors' commands: they read rule-set versions from files and need neither the service nor a database. */
@Command(name = "rules",
        description = "Tests and compares rule-set versions from their files, without the service or a database.",
        subcommands = {RulesTestCommand.class, RulesDiffCommand.class})
final class RulesCommand {

    @Mixin
    HelpOption help;
}
