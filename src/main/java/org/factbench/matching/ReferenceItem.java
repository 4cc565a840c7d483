package org.factbench.matching;

import java.time.LocalDate;

/**
 * A verified claim from a reference collection: a fact-check published elsewhere.
 *
 * @param id the item's id
 * @param collectionId the collection it came in
 * @param collection the collection's name
 * @param publisher who published the fact-check ("Snopes"): the item's own, else the collection's
 * @param claim the claim as the fact-checker stated it
 * @param title the fact-check's headline, or ""
 * @param url the fact-check's address, or ""
 * @param rating the fact-checker's verdict ("False"), or ""
 * @param date when it was reviewed, or null
 */
public record ReferenceItem(
    long id,
    long collectionId,
    String collection,
    String publisher,
    String claim,
    String title,
    String url,
    String rating,
    LocalDate date) {}
