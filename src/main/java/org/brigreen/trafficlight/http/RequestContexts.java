package org.brigreen.trafficlight.http;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.Executor;

/** Where a request that waits without blocking goes on once what it waited for is done. */
public final class RequestContexts {

    private RequestContexts() {
    }

    /**
     * Runs tasks on the event loop of the current request, whatever thread hands them over: a non-blocking endpoint
     * goes on there when a stage completes on another thread (the decision log's writer, say), instead of holding that
     * thread up.
     *
     * @throws IllegalStateException when not called on a Vert.x thread
     */
    public static Executor current() {
        Context context = Vertx.currentContext();
        if (context == null) {
            throw new IllegalStateException("not on a Vert.x thread");
        }
        return task -> context.runOnContext(ignored -> task.run());
    }
}
