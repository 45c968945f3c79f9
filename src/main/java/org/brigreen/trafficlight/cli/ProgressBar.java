package org.brigreen.trafficlight.cli;

import java.io.PrintWriter;

/**
 * A bar on standard error of the lines of a batch answered so far, redrawn in place (a carriage return, no new line)
 * each time another hundredth is done, so that a batch of 100,000 lines draws it a hundred times, not 100,000.
 */
final class ProgressBar {

    private static final int WIDTH = 40;
    private static final int STEPS = 100;

    private final PrintWriter err;
    private final long total;
    private long done;
    private long drawnStep = -1;

    /** @param total the lines expected; the bar never goes past it, however many come */
    ProgressBar(PrintWriter err, long total) {
        this.err = err;
        this.total = Math.max(total, 1);
    }

    void step() {
        done++;
        long step = Math.min(done, total) * STEPS / total;
        if (step != drawnStep) {
            drawnStep = step;
            draw();
        }
    }

    /** Ends the bar's line. */
    void finish() {
        draw();
        err.println();
    }

    private void draw() {
        int filled = (int) (Math.min(done, total) * WIDTH / total);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " lines");
        err.flush();
    }
}
