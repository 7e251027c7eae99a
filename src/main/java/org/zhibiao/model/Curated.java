package org.zhibiao.model;

import java.time.Instant;

/**
 * That a lead merged a report's two blind versions into its figures: who and when. Curating again replaces the
 * figures once more, so the curation window says both before it does.
 */
public record Curated(String by, Instant at) {
}
