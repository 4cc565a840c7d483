package org.factbench.claim.ui;

import org.factbench.claim.ClaimMatching;
import org.factbench.claim.ClaimService;
import org.factbench.claim.ReviewService;
import org.factbench.history.HistoryService;
import org.springframework.stereotype.Component;

/** The services a claim panel calls, handed over as one. */
@Component
record PanelServices(
    ClaimService claims, ReviewService review, HistoryService history, ClaimMatching matching) {}
