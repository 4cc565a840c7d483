-- The review workflow: who proposed the current verdict and who last edited the claim's published content
-- (the four-eyes rule reads both), when the claim entered its current status (the review queue is oldest
-- first), the last reviewer comment, and disputes with both positions.

alter table claim
    add column verdict_by        bigint references app_user (id),
    add column edited_by         bigint references app_user (id),
    add column status_changed_at timestamptz not null default now(),
    add column review_comment    text,
    add column review_comment_by bigint references app_user (id),
    add column review_comment_at timestamptz;

update claim set edited_by = updated_by, status_changed_at = updated_at;
update claim set verdict_by = updated_by where rating_id is not null;

alter table claim add constraint claim_status_known check (status in (
    'NEW', 'IN_RESEARCH', 'READY_FOR_REVIEW', 'RETURNED', 'DISPUTED', 'APPROVED', 'PUBLISHED', 'WITHDRAWN'));

-- the review queue reads this, oldest first ("my work" uses claim_assignee_idx from V2)
create index claim_queue_idx on claim (workspace_id, status, status_changed_at, id) where deleted_at is null;

create table dispute (
    id                  bigint generated always as identity primary key,
    workspace_id        bigint      not null references workspace (id),
    claim_id            bigint      not null references claim (id),
    opened_by           bigint      not null references app_user (id),
    opened_at           timestamptz not null default now(),
    -- the position under dispute, as it stood when the dispute was opened
    original_rating_id  bigint references rating (id),
    original_rationale  text        not null,
    original_by         bigint references app_user (id),
    -- the disputing reviewer's position
    proposed_rating_id  bigint      not null references rating (id),
    reason              text        not null check (length(btrim(reason)) > 0),
    resolved_by         bigint references app_user (id),
    resolved_at         timestamptz,
    resolution          varchar(24) check (resolution in ('UPHELD', 'ADOPTED', 'RETURNED')),
    resolution_reason   text,
    constraint dispute_resolved_complete check (
        (resolved_at is null and resolved_by is null and resolution is null and resolution_reason is null)
        or (resolved_at is not null and resolved_by is not null and resolution is not null
            and length(btrim(resolution_reason)) > 0))
);
-- at most one open dispute per claim
create unique index dispute_open_idx on dispute (claim_id) where resolved_at is null;
create index dispute_claim_idx on dispute (claim_id, id);
