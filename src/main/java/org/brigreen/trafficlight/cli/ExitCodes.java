package org.brigreen.trafficlight.cli;

/** The exit codes of {@code traffic-light}, as its help lists them. */
final class ExitCodes {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int REFUSED = 3;
    static final int UNREACHABLE = 4;

    private ExitCodes() {
    }
}
