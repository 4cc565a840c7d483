-- Documents (immutable text), claims anchored in them, the rating scale, sources, notes, and the history.

create extension if not exists pg_trgm;

create table document (
    id                  bigint generated always as identity primary key,
    workspace_id        bigint        not null references workspace (id),
    title               varchar(300)  not null,
    origin_url          varchar(2000) not null default '',
    outlet              varchar(200)  not null default '',
    speakers            varchar(500)  not null default '',
    published_on        date,
    language            varchar(16)   not null default 'en',
    format              varchar(120)  not null,
    file_name           varchar(300)  not null default '',
    text                text          not null,
    text_sha256         varchar(64)   not null,
    char_count          integer       not null,
    previous_version_id bigint references document (id),
    imported_by         bigint        not null references app_user (id),
    imported_at         timestamptz   not null default now(),
    constraint document_text_not_empty check (char_count > 0)
);
create index document_workspace_idx on document (workspace_id, imported_at desc, id desc);
create index document_title_trgm on document using gin (lower(title) gin_trgm_ops);

-- The text never changes once stored: a new version of a source is a new document.
create function document_text_is_immutable() returns trigger language plpgsql as $$
begin
    if new.text is distinct from old.text or new.workspace_id is distinct from old.workspace_id then
        raise exception 'The text of document % cannot change; import a new version instead', old.id
            using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger document_text_immutable before update on document
    for each row execute function document_text_is_immutable();

-- Time marks of transcripts: the line starting at char_offset begins at `seconds` into the recording.
create table document_timecode (
    document_id  bigint       not null references document (id) on delete cascade,
    char_offset  integer      not null,
    seconds      integer      not null,
    end_seconds  integer,
    label        varchar(40)  not null,
    primary key (document_id, char_offset)
);

-- A workspace's rating scale, best first (position 1 is the best rating).
create table rating (
    id           bigint generated always as identity primary key,
    workspace_id bigint       not null references workspace (id) on delete cascade,
    position     integer      not null,
    label        varchar(60)  not null,
    colour       varchar(7)   not null check (colour ~ '^#[0-9a-fA-F]{6}$'),
    description  varchar(500) not null default '',
    on_scale     boolean      not null default true,
    version      bigint       not null default 0
);
create unique index rating_label_uq on rating (workspace_id, lower(label));

create table claimant (
    id           bigint generated always as identity primary key,
    workspace_id bigint       not null references workspace (id) on delete cascade,
    name         varchar(200) not null,
    kind         varchar(16)  not null default 'PERSON' check (kind in ('PERSON', 'ORGANISATION'))
);
create unique index claimant_name_uq on claimant (workspace_id, lower(name));

create table claim (
    id             bigint generated always as identity primary key,
    workspace_id   bigint        not null references workspace (id),
    document_id    bigint references document (id),
    anchor_start   integer,
    anchor_end     integer,
    quote          text,
    quote_prefix   varchar(64),
    quote_suffix   varchar(64),
    wording        text          not null,
    claimant_id    bigint references claimant (id),
    time_seconds   integer,
    tags           text[]        not null default '{}',
    assignee_id    bigint references app_user (id),
    status         varchar(24)   not null default 'NEW',
    rating_id      bigint references rating (id),
    rationale      text          not null default '',
    created_by     bigint        not null references app_user (id),
    created_at     timestamptz   not null default now(),
    updated_by     bigint        not null references app_user (id),
    updated_at     timestamptz   not null default now(),
    deleted_at     timestamptz,
    deleted_by     bigint references app_user (id),
    version        bigint        not null default 0,
    search         tsvector generated always as (
                       setweight(to_tsvector('english', wording), 'A')
                       || setweight(to_tsvector('english', coalesce(quote, '')), 'B')
                       || setweight(to_tsvector('english', rationale), 'C')) stored,
    constraint claim_anchor_complete check (
        (anchor_start is null and anchor_end is null and quote is null)
        or (document_id is not null and anchor_start >= 0 and anchor_end > anchor_start and quote is not null)),
    constraint claim_wording_not_empty check (length(btrim(wording)) > 0)
);
create index claim_workspace_idx on claim (workspace_id, updated_at desc, id desc) where deleted_at is null;
create index claim_document_idx on claim (document_id, anchor_start) where deleted_at is null;
create index claim_search_idx on claim using gin (search);
create index claim_status_idx on claim (workspace_id, status, id desc) where deleted_at is null;
create index claim_rating_idx on claim (workspace_id, rating_id, id desc) where deleted_at is null;
create index claim_assignee_idx on claim (assignee_id, status) where deleted_at is null;
create index claim_claimant_idx on claim (claimant_id) where deleted_at is null;
create index claim_tags_idx on claim using gin (tags);

create table source (
    id               bigint generated always as identity primary key,
    claim_id         bigint        not null references claim (id) on delete cascade,
    url              varchar(2048) not null,
    title            varchar(500)  not null default '',
    publisher        varchar(200)  not null default '',
    published_on     date,
    accessed_on      date,
    passage          text          not null default '',
    stance           varchar(16)   not null check (stance in ('SUPPORTS', 'REFUTES', 'CONTEXT')),
    reliability_note varchar(1000) not null default '',
    created_by       bigint        not null references app_user (id),
    created_at       timestamptz   not null default now(),
    version          bigint        not null default 0
);
create index source_claim_idx on source (claim_id, id);

create table note (
    id         bigint generated always as identity primary key,
    claim_id   bigint      not null references claim (id) on delete cascade,
    author_id  bigint      not null references app_user (id),
    body       text        not null check (length(btrim(body)) > 0),
    created_at timestamptz not null default now(),
    edited_at  timestamptz,
    version    bigint      not null default 0
);
create index note_claim_idx on note (claim_id, id);

-- Append-only record of every change; the trigger below refuses UPDATE and DELETE for every role.
create table history (
    id           bigint generated always as identity primary key,
    workspace_id bigint       not null,
    subject_type varchar(32)  not null,
    subject_id   bigint       not null,
    claim_id     bigint,
    actor_id     bigint       not null,
    at           timestamptz  not null default now(),
    action       varchar(64)  not null,
    before_value text,
    after_value  text,
    reason       text
);
create index history_claim_idx on history (claim_id, id) where claim_id is not null;
create index history_workspace_idx on history (workspace_id, id desc);

create function history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'History rows cannot be changed or deleted (% refused)', tg_op
        using errcode = 'insufficient_privilege';
end $$;
create trigger history_append_only before update or delete on history
    for each row execute function history_is_append_only();
create trigger history_no_truncate before truncate on history
    for each statement execute function history_is_append_only();

-- Workspaces that exist before this migration get the default rating scale (new ones get it on creation).
insert into rating (workspace_id, position, label, colour, description, on_scale)
select w.id, s.position, s.label, s.colour, s.description, s.on_scale
from workspace w
cross join (values
    (1, 'True', '#2e7d32', 'Accurate, nothing significant missing.', true),
    (2, 'Mostly true', '#689f38', 'Accurate but needs clarification or extra information.', true),
    (3, 'Mixed', '#f9a825', 'Partly accurate, partly not.', true),
    (4, 'Misleading', '#ef6c00', 'Accurate facts arranged to give a false impression.', true),
    (5, 'Mostly false', '#e64a19', 'Contains an element of truth but ignores critical facts.', true),
    (6, 'False', '#c62828', 'Not accurate.', true),
    (7, 'Unverifiable', '#757575', 'The evidence available cannot settle it.', false),
    (8, 'Not a factual claim', '#9e9e9e', 'Opinion, prediction or rhetoric; nothing to check.', false)
) as s (position, label, colour, description, on_scale);
