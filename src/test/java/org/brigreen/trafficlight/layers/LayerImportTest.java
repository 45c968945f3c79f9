package org.brigreen.trafficlight.layers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.brigreen.trafficlight.site.Layer;
import org.brigreen.trafficlight.site.LayerKind;
import org.brigreen.trafficlight.site.LayerLoader;
import org.brigreen.trafficlight.site.ScreenedSite;
import org.brigreen.trafficlight.site.SiteScreening;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.sqlite.SQLiteDataSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layer import turns a GeoPackage and a GeoJSON file, made here as a user's download would be, into layer versions
 * that load as the service loads them and screen a site; it never overwrites a version, and refuses data it cannot
 * import with the reason.
 */
class LayerImportTest {

    private static final GeometryFactory WGS84 = new GeometryFactory();

    @TempDir
    Path work;

    @Test
    void aGeoPackageOfProtectedAreasBecomesALayerVersionTheServiceLoads() throws Exception {
        Path gpkg = geoPackage(4326);
        Result result = run("--layer", "protected-areas", "--version", "wdpa-test-1", "--input", gpkg.toString(),
                "--id", "WDPAID", "--name", "NAME", "--category", "IUCN_CAT", "--source", "a test GeoPackage",
                "--licence", "test only", "--published", "2026-12-04", "--out", layers());
        assertEquals(0, result.code(), result.err());

        Layer layer = LayerLoader.load(work.resolve("layers/protected-areas/wdpa-test-1"));
        assertEquals(2, layer.size());
        assertFalse(layer.manifest().sample());
        assertEquals(Map.of("id", "WDPAID", "name", "NAME", "category", "IUCN_CAT"), layer.manifest().fields());
        ScreenedSite site = new SiteScreening(Map.of(LayerKind.PROTECTED_AREAS, layer))
                .screen(WGS84.createPoint(new Coordinate(100.05, 10.05)));
        assertEquals("iucn_ia_ii", site.facts().get("protectedArea"));
        assertEquals("Test Park", site.features().get(0).name());
        assertEquals("555000001", site.features().get(0).id());
    }

    @Test
    void aGeoJsonOfKeyBiodiversityAreasBecomesALayerVersion() throws Exception {
        Path geojson = work.resolve("kba.geojson");
        Files.writeString(geojson, """
                {"type": "FeatureCollection", "name": "downloaded", "features": [
                 {"type": "Feature", "properties": {"SitRecID": 9001, "IntName": "Test KBA", "Other": "dropped"},
                  "geometry": {"type": "MultiPolygon", "coordinates": [[[[20, 5], [20.2, 5], [20.2, 5.2], [20, 5]]]]}},
                 {"type": "Feature", "properties": {"SitRecID": 9002, "IntName": "Test KBA point"},
                  "geometry": {"type": "MultiPoint", "coordinates": [[21, 5], [21.1, 5]]}}]}""");
        Result result = run("--layer", "kba", "--version", "2026-09", "--input", geojson.toString(), "--id",
                "SitRecID", "--name", "IntName", "--out", layers());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("2 features"), result.out());

        Path version = work.resolve("layers/kba/2026-09");
        Layer layer = LayerLoader.load(version);
        assertEquals(2, layer.size());
        assertFalse(Files.readString(version.resolve("features.geojson")).contains("dropped"),
                "only the fields named are kept");
        ScreenedSite site = new SiteScreening(Map.of(LayerKind.KBA, layer))
                .screen(WGS84.createPoint(new Coordinate(20.1, 5.05)));
        assertEquals(true, site.facts().get("kba"));
    }

    @Test
    void anExistingVersionIsNeverOverwritten() throws Exception {
        String[] args = {"--layer", "protected-areas", "--version", "v1", "--input", geoPackage(4326).toString(),
            "--id", "WDPAID", "--out", layers()};
        assertEquals(0, run(args).code());
        Path data = work.resolve("layers/protected-areas/v1/features.geojson");
        String before = Files.readString(data);

        Result again = run(args);
        assertEquals(1, again.code());
        assertTrue(again.err().contains("a layer version never changes"), again.err());
        assertEquals(before, Files.readString(data));
    }

    @Test
    void aGeoPackageInAnotherReferenceSystemIsRefusedWithTheConversionToRun() throws Exception {
        Result result = run("--layer", "protected-areas", "--version", "v1", "--input", geoPackage(3857).toString(),
                "--id", "WDPAID", "--out", layers());
        assertEquals(1, result.code());
        assertTrue(result.err().contains("ogr2ogr -t_srs EPSG:4326"), result.err());
        assertFalse(Files.exists(work.resolve("layers/protected-areas/v1")));
    }

    @Test
    void wrongArgumentsAreExitCodeTwoWithTheUsage() {
        Result result = run("--layer", "forests", "--version", "v1", "--input", "x.gpkg", "--id", "id");
        assertEquals(2, result.code());
        assertTrue(result.err().contains("--layer forests is not a layer"), result.err());
        assertTrue(result.err().contains("usage:"), result.err());
    }

    private String layers() {
        return work.resolve("layers").toString();
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = LayerImport.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A GeoPackage as GDAL writes one, reduced to what a reader needs: its geometry columns and a feature table. */
    private Path geoPackage(int srs) throws SQLException, IOException {
        Path file = work.resolve("areas-" + srs + ".gpkg");
        Files.deleteIfExists(file);
        SQLiteDataSource writable = new SQLiteDataSource();
        writable.setUrl("jdbc:sqlite:" + file);
        try (Connection db = writable.getConnection()) {
            try (Statement ddl = db.createStatement()) {
                ddl.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
                        + "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT, m TINYINT)");
                ddl.execute("INSERT INTO gpkg_geometry_columns VALUES ('wdpa_poly', 'geom', 'MULTIPOLYGON', " + srs
                        + ", 0, 0)");
                ddl.execute("CREATE TABLE wdpa_poly (fid INTEGER PRIMARY KEY, geom BLOB, WDPAID INTEGER, NAME TEXT, "
                        + "IUCN_CAT TEXT)");
            }
            insert(db, 555000001, "Test Park", "II", square(100, 10), srs);
            insert(db, 555000002, "Test Reserve", "VI", square(101, 10), srs);
        }
        return file;
    }

    private static void insert(Connection db, long id, String name, String category, Geometry geometry, int srs)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO wdpa_poly (geom, WDPAID, NAME, IUCN_CAT) VALUES (?, ?, ?, ?)")) {
            insert.setBytes(1, geoPackageBlob(geometry, srs));
            insert.setLong(2, id);
            insert.setString(3, name);
            insert.setString(4, category);
            insert.executeUpdate();
        }
    }

    /** GeoPackage 1.3 §2.1.3: "GP", version 0, flags (little-endian, no envelope), the SRS id, then the WKB. */
    private static byte[] geoPackageBlob(Geometry geometry, int srs) {
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(geometry);
        return ByteBuffer.allocate(8 + wkb.length).order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) 0x01).putInt(srs).put(wkb).array();
    }

    /** A square a tenth of a degree wide, as a multipolygon, as the WDPA's polygons are. */
    private static Geometry square(double longitude, double latitude) {
        double size = 0.1;
        return WGS84.createMultiPolygon(new Polygon[] {WGS84.createPolygon(new Coordinate[] {
            new Coordinate(longitude, latitude), new Coordinate(longitude + size, latitude),
            new Coordinate(longitude + size, latitude + size), new Coordinate(longitude, latitude + size),
            new Coordinate(longitude, latitude)})});
    }
}
