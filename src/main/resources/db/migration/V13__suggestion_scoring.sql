-- Check-worthiness scoring in the background (issue 23): an import returns at once and a worker
-- scores the document's sentences afterwards, one document at a time per node, with its progress
-- stored here so that every node's readers can show it and a restart resumes what was unfinished.

-- QUEUED: waiting for a scorer; SCORING: a node holds it until scoring_lease_until (renewed with
-- each chunk of progress, so a crashed node's work is taken over when the lease runs out); DONE:
-- the suggestions and the ranking come from model suggestions_version; FAILED: the scorer gave up
-- (the message says why), tried again at the next start.
-- Existing documents start DONE; at start the application queues every document whose suggestions
-- come from another model version (here: version 2), so they are re-scored in the background while
-- readers keep the old suggestions.
alter table document
    add column scoring_state varchar(16) not null default 'DONE'
        check (scoring_state in ('QUEUED', 'SCORING', 'DONE', 'FAILED')),
    add column scoring_done integer not null default 0 check (scoring_done >= 0),
    add column scoring_total integer not null default 0 check (scoring_total >= 0),
    add column scoring_version integer,
    add column scoring_node varchar(100),
    add column scoring_lease_until timestamptz,
    add column scoring_message varchar(500);
create index document_scoring_todo_idx on document (scoring_state, id)
    where scoring_state in ('QUEUED', 'SCORING');

-- Every sentence of a document with its score from the model of document.suggestions_version:
-- the full ranking (GET /api/v1/documents/{id}/suggestions). The sentence's text is the span of
-- the document's text. Replaced as a whole when a scoring finishes.
create table document_sentence_score (
    document_id  bigint   not null references document (id) on delete cascade,
    start_offset integer  not null check (start_offset >= 0),
    end_offset   integer  not null,
    score        real     not null,
    speaker      varchar(200),
    reasons      text[]   not null default '{}',
    primary key (document_id, start_offset),
    constraint document_sentence_score_span check (end_offset > start_offset)
);
create index document_sentence_score_rank_idx on document_sentence_score (document_id, score desc, start_offset);
