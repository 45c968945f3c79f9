package org.brigreen.trafficlight.batch;

import org.brigreen.trafficlight.decision.ProjectDescriptor;
import org.brigreen.trafficlight.http.Problem;

/**
 * One descriptor of a batch, read: either the descriptor or the problem that kept it from being one.
 *
 * @param number the line of the body it is on, from 1 (a CSV header is line 1)
 */
public record BatchLine(int number, ProjectDescriptor descriptor, Problem problem) {

    static BatchLine of(int number, ProjectDescriptor descriptor) {
        return new BatchLine(number, descriptor, null);
    }

    static BatchLine refused(int number, Problem problem) {
        return new BatchLine(number, null, problem);
    }
}
