package org.brigreen.trafficlight.site;

import java.util.Arrays;
import java.util.Optional;

/** The reference layers a site is screened against, and what each one's features are. */
public enum LayerKind {
    /** Protected areas, with their IUCN management category (Ia to VI, or none) and designation. */
    PROTECTED_AREAS("protected-areas"),
    /** World Heritage sites, natural, mixed or cultural. */
    WORLD_HERITAGE("world-heritage"),
    /** Wetlands of international importance under the Ramsar Convention. */
    RAMSAR("ramsar"),
    /** Key Biodiversity Areas. */
    KBA("kba"),
    /** Non-designated sensitive and fragile areas (METHODOLOGY §7.5): mangroves, natural forest and the like. */
    SENSITIVE_RECEPTORS("sensitive-receptors");

    private final String wireName;

    LayerKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<LayerKind> named(String name) {
        return Arrays.stream(values()).filter(kind -> kind.wireName.equals(name)).findFirst();
    }
}
