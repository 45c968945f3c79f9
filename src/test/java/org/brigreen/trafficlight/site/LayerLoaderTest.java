package org.brigreen.trafficlight.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A layer version loads only as its manifest describes it: its data's digest is the manifest's, byte for byte. */
class LayerLoaderTest {

    private static final Path SAMPLE_PROTECTED_AREAS = Path.of("layers", "protected-areas", "sample-1");

    @Test
    void theSampleLayerLoadsWithItsFeaturesAndIsMarkedSample() {
        Layer layer = LayerLoader.load(SAMPLE_PROTECTED_AREAS);
        assertEquals(4, layer.size());
        assertTrue(layer.manifest().sample());
        assertEquals(LayerLoader.digestOf(SAMPLE_PROTECTED_AREAS.resolve("features.geojson")),
                layer.manifest().digest());
    }

    @Test
    void aDataFileEditedAfterItsManifestWasWrittenIsRefused(@TempDir Path copy) throws IOException {
        copyLayer(copy);
        Files.writeString(copy.resolve("features.geojson"), " ", StandardOpenOption.APPEND);
        LayerLoadException refused = assertThrows(LayerLoadException.class, () -> LayerLoader.load(copy));
        assertTrue(refused.getMessage().contains("an edited layer is a new version"), refused.getMessage());
    }

    @Test
    void aFeatureRenamedInTheDataIsRefusedThoughTheFileStillParses(@TempDir Path copy) throws IOException {
        copyLayer(copy);
        Path data = copy.resolve("features.geojson");
        Files.writeString(data, Files.readString(data).replace("Sample National Park", "Sample National Parc"));
        assertThrows(LayerLoadException.class, () -> LayerLoader.load(copy));
    }

    private static void copyLayer(Path copy) throws IOException {
        try (Stream<Path> files = Files.list(SAMPLE_PROTECTED_AREAS)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
    }
}
