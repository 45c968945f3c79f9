package org.brigreen.trafficlight.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The UN M49 region of a country (data: {@code report/regions.csv}, which names its source). */
final class Regions {

    static final String UNKNOWN = "unknown";
    private static final String RESOURCE = "/report/regions.csv";
    private static final Map<String, String> REGIONS = load();

    private Regions() {
    }

    static String of(String country) {
        return REGIONS.getOrDefault(country, UNKNOWN);
    }

    private static Map<String, String> load() {
        Map<String, String> regions = new HashMap<>();
        try (InputStream in = Regions.class.getResourceAsStream(RESOURCE);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.startsWith("#") && !line.startsWith("country,") && !line.isBlank())
                    .forEach(line -> {
                        String[] fields = line.split(",", 2);
                        regions.put(fields[0], fields[1]);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(regions);
    }
}
