package org.brigreen.trafficlight.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Where two JSON trees differ, as JSON pointers to the smallest differing values. Arrays are compared position by
 * position: a reason inserted early shows as a difference at each later position, and the change summary names the
 * rule itself.
 */
final class JsonDifferences {

    private final int limit;
    private final List<Difference> found = new ArrayList<>();

    private JsonDifferences(int limit) {
        this.limit = limit;
    }

    /** At most {@code limit} differences between {@code recorded} and {@code replayed}, in document order. */
    static List<Difference> between(JsonNode recorded, JsonNode replayed, String pointer, int limit) {
        JsonDifferences differences = new JsonDifferences(limit);
        differences.compare(recorded, replayed, pointer);
        return List.copyOf(differences.found);
    }

    private void compare(JsonNode recorded, JsonNode replayed, String pointer) {
        if (found.size() >= limit || recorded.equals(replayed)) {
            return;
        }
        if (recorded.isObject() && replayed.isObject()) {
            compareObjects(recorded, replayed, pointer);
        } else if (recorded.isArray() && replayed.isArray()) {
            compareArrays(recorded, replayed, pointer);
        } else {
            found.add(new Difference(pointer, present(recorded), present(replayed)));
        }
    }

    private void compareObjects(JsonNode recorded, JsonNode replayed, String pointer) {
        TreeSet<String> names = new TreeSet<>();
        recorded.fieldNames().forEachRemaining(names::add);
        replayed.fieldNames().forEachRemaining(names::add);
        names.forEach(name -> compare(recorded.path(name), replayed.path(name), pointer + "/" + escape(name)));
    }

    private void compareArrays(JsonNode recorded, JsonNode replayed, String pointer) {
        for (int i = 0; i < Math.max(recorded.size(), replayed.size()); i++) {
            compare(recorded.path(i), replayed.path(i), pointer + "/" + i);
        }
    }

    /** The value, or null for a missing one, so that the answer leaves that side out. */
    private static JsonNode present(JsonNode node) {
        return node.isMissingNode() ? null : node;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
