-- Assisted verification: check-worthy sentence suggestions, "same claim as" links with similarity
-- lookup, and reference figures on sources with the claim's figure check.

-- Suggestions: the scored sentences of a document. Computed once per document and scorer version;
-- what an editor decided (dismissed, accepted) is kept, also across a re-scoring.
create table document_suggestion (
    id             bigint generated always as identity primary key,
    document_id    bigint       not null references document (id) on delete cascade,
    start_offset   integer      not null check (start_offset >= 0),
    end_offset     integer      not null,
    sentence       text         not null,
    score          real         not null,
    reasons        text[]       not null default '{}',
    state          varchar(16)  not null default 'OPEN' check (state in ('OPEN', 'DISMISSED', 'ACCEPTED')),
    decided_by     bigint references app_user (id),
    decided_at     timestamptz,
    claim_id       bigint,
    constraint document_suggestion_span check (end_offset > start_offset),
    constraint document_suggestion_unique unique (document_id, start_offset, end_offset)
);
create index document_suggestion_rank_idx on document_suggestion (document_id, score desc, start_offset);

-- Which scorer version the document's suggestions come from; null until first scored.
alter table document add column suggestions_version integer;

-- "Same claim as": a claim points to the claim it repeats, whose verdict and sources it may reuse.
alter table claim add column same_as_id bigint references claim (id);
alter table claim add constraint claim_same_as_not_self check (same_as_id is null or same_as_id <> id);
create index claim_same_as_idx on claim (same_as_id) where same_as_id is not null;
-- Similar-claim lookup: the nearest wordings by trigram distance, read from a GiST index in distance
-- order (k-nearest-neighbour), so the cost does not grow with how many claims look a bit alike.
-- Full-text candidates use claim_search_idx.
-- btree_gist lets the same index start with the workspace, so one team's lookup never walks another's.
create extension if not exists btree_gist;
create index claim_wording_trgm on claim using gist (workspace_id, lower(wording) gist_trgm_ops)
    where deleted_at is null;

-- The figure a claim states against the figures its sources give: a human-readable flag when they
-- disagree beyond the tolerance, null when they agree or cannot be compared.
alter table claim add column figure_check varchar(500);

-- A source's reference figure: the value or range it gives ("180,000-220,000 killed"), as of a date.
alter table source add column figure varchar(200) not null default '';
alter table source add column figure_as_of date;
