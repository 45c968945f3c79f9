package org.brigreen.trafficlight.selfcheck;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The site map's texts (the location fields of the self-check form and the site on a map): English by default, Chinese
 * in {@code messages/sitemapmsg_zh.properties}; templates read them as {@code {sitemapmsg:key}}. A bundle of their
 * own keeps each bundle's generated resolver small.
 */
@MessageBundle(value = "sitemapmsg", locale = "en")
public interface SiteMapTexts {

    @Message("{#when field}{#is 'site.latitude'}Latitude{#is 'site.longitude'}Longitude"
            + "{#is 'site.geometry'}Line or area (GeoJSON){/when}")
    String sitemap_fieldLabel(String field);

    @Message("{#when field}{#is 'site.latitude'}Of the site, in decimal degrees (WGS 84), from -90 to 90: north is "
            + "positive.{#is 'site.longitude'}In decimal degrees (WGS 84), from -180 to 180: east is positive."
            + "{#is 'site.geometry'}Optional: a GeoJSON geometry (LineString, Polygon or their Multi forms) for a road, "
            + "a line or a site's area; when given, it is the location instead of the point.{/when}")
    String sitemap_fieldHelp(String field);

    @Message("The site on a map")
    String sitemap_heading();

    @Message("Map of the site and the reference-layer features near it")
    String sitemap_title();

    @Message("The site at the centre, with {count} reference-layer features within {radius} of it; the table "
            + "beside the map lists them.")
    String sitemap_description(int count, String radius);

    @Message("{#when layer}{#is 'protected-areas'}Protected areas{#is 'world-heritage'}World Heritage"
            + "{#is 'ramsar'}Ramsar wetlands{#is 'kba'}Key Biodiversity Areas"
            + "{#is 'sensitive-receptors'}Sensitive receptors{#else}{layer}{/when}")
    String sitemap_layer(String layer);

    @Message("Sample data, not for decisions: the reference layers used are the project's own sample set.")
    String sitemap_sampleNotice();

    @Message("No reference layer was available: the declared site facts decided.")
    String sitemap_noLayers();

    @Message("Named by the rules but not available: {names}.")
    String sitemap_unavailable(String names);

    @Message("The site")
    String sitemap_site();

    @Message("Scale")
    String sitemap_scale();

    @Message("Features near the site")
    String sitemap_featuresCaption();

    @Message("No reference-layer feature is this close to the site.")
    String sitemap_noFeatures();

    @Message("No.")
    String sitemap_numberColumn();

    @Message("Name")
    String sitemap_nameColumn();

    @Message("Layer")
    String sitemap_layerColumn();

    @Message("Distance")
    String sitemap_distanceColumn();

    @Message("Site facts computed from the location")
    String sitemap_factsHeading();

    @Message("Fact")
    String sitemap_factColumn();

    @Message("Computed")
    String sitemap_computedColumn();

    @Message("Where your declaration disagrees")
    String sitemap_discrepanciesHeading();

    @Message("The layers contradict what you declared; the computed value decided the class.")
    String sitemap_discrepanciesIntro();

    @Message("You declared")
    String sitemap_declaredColumn();

    @Message("Because of")
    String sitemap_featureColumn();

    @Message("Your declared site facts agree with those computed from the location.")
    String sitemap_noDiscrepancies();
}
