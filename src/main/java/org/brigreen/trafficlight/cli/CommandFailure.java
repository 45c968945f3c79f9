package org.brigreen.trafficlight.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** What stops a command: printed as one line, without a stack trace, and ending with its exit code. */
final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CommandFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** The service answered with a problem. */
    static CommandFailure refused(String problem) {
        return new CommandFailure(ExitCodes.REFUSED, problem);
    }

    /** The service could not be reached, or a file could not be read or written. */
    static CommandFailure unreachable(String what) {
        return new CommandFailure(ExitCodes.UNREACHABLE, what);
    }

    /** Prints a failure of a command in one line, and answers its exit code. */
    static final class Handler implements IExecutionExceptionHandler {

        @Override
        public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed)
                throws Exception {
            if (failure instanceof CommandFailure known) {
                command.getErr().println("traffic-light: " + known.getMessage());
                return known.exitCode;
            }
            IOException io = failure instanceof UncheckedIOException unchecked ? unchecked.getCause()
                    : failure instanceof IOException checked ? checked : null;
            if (io != null) {
                command.getErr().println("traffic-light: " + describe(io));
                return ExitCodes.UNREACHABLE;
            }
            throw failure;
        }

        private static String describe(IOException failure) {
            if (failure instanceof NoSuchFileException missing) {
                return "no such file: " + missing.getFile();
            }
            if (failure instanceof AccessDeniedException denied) {
                return "not allowed to read or write " + denied.getFile();
            }
            return failure.toString();
        }
    }
}
