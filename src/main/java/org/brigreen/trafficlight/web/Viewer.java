package org.brigreen.trafficlight.web;

/**
 * The person a page is shown to, as the layout names them.
 *
 * @param name its name at the identity provider
 * @param role the role its pages are for: enterprise, lender, regulator or rules_admin
 * @param org  its organisation; null for a regulator or rule administrator without one
 */
public record Viewer(String name, String role, String org) {
}
