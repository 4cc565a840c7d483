-- Evidence snapshots (module evidence, docs/decisions/0014-evidence-snapshots-and-ssrf.md): archived copies of the
-- pages that sources cite, the quoted passage looked up in them, and the watch for changes and link rot.

-- Each body once, by its SHA-256, with the text extracted from it (Tika) and the SHA-256 of that text, which the
-- watch compares. Immutable.
create table evidence_body (
    sha256       char(64)    primary key,
    content      bytea       not null,
    byte_size    integer     not null,
    text         text        not null,
    text_sha256  char(64)    not null,
    truncated    boolean     not null default false,
    stored_at    timestamptz not null default now()
);

-- One row per cited source: what evidence knows of it and watches. Written in the transaction that adds the
-- source (from the claim module's SourceAdded event), removed with the source.
create table evidence_source (
    source_id            bigint        primary key references source (id) on delete cascade,
    claim_id             bigint        not null,
    workspace_id         bigint        not null,
    url                  varchar(2048) not null,
    host                 varchar(300)  not null,
    passage              text          not null default '',
    cited_by             bigint        not null,
    -- the archived copy the passage is checked in and changes are measured against
    reference_id         bigint,
    passage_state        varchar(16)   not null default 'PENDING'
        check (passage_state in ('PENDING', 'FOUND', 'SIMILAR', 'NOT_FOUND', 'NO_PASSAGE', 'NOT_ARCHIVED')),
    passage_similarity   smallint,
    watch_state          varchar(16)   not null default 'PENDING'
        check (watch_state in ('PENDING', 'UNCHANGED', 'CHANGED', 'GONE', 'UNREACHABLE')),
    watch_since          timestamptz,
    -- the check that found the current change, gone page or failure
    watch_snapshot_id    bigint,
    last_checked_at      timestamptz,
    next_check_at        timestamptz,
    -- an archive is wanted (on citation, or "archive again") by archive_wanted_by
    archive_wanted_at    timestamptz,
    archive_wanted_by    bigint,
    -- a fetch is running until then (another node or thread leaves the source alone)
    lease_until          timestamptz
);
create index evidence_source_claim_idx on evidence_source (claim_id);
create index evidence_source_due_idx on evidence_source (next_check_at) where next_check_at is not null;
create index evidence_source_wanted_idx on evidence_source (archive_wanted_at) where archive_wanted_at is not null;
create index evidence_source_attention_idx on evidence_source (workspace_id, watch_since)
    where watch_state in ('CHANGED', 'GONE');

-- Every archive taken and every check that found something new: immutable.
create table evidence_snapshot (
    id            bigint generated always as identity primary key,
    source_id     bigint        not null references evidence_source (source_id) on delete cascade,
    kind          varchar(8)    not null check (kind in ('ARCHIVE', 'CHECK')),
    requested_url varchar(2048) not null,
    final_url     varchar(2048) not null,
    http_status   integer       not null,
    fetched_at    timestamptz   not null,
    content_type  varchar(200),
    body_sha256   char(64) references evidence_body (sha256),
    title         varchar(500)  not null default '',
    outcome       varchar(24)   not null,
    message       varchar(1000),
    taken_by      bigint        not null
);
create index evidence_snapshot_source_idx on evidence_snapshot (source_id, id desc);

create function evidence_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'Evidence snapshots and bodies never change (% refused)', tg_op
        using errcode = 'insufficient_privilege';
end $$;
create trigger evidence_snapshot_immutable before update on evidence_snapshot
    for each row execute function evidence_is_immutable();
create trigger evidence_body_immutable before update on evidence_body
    for each row execute function evidence_is_immutable();

-- The sources cited so far become known to evidence; switched on, the watch archives them (none of the demo's).
insert into evidence_source (source_id, claim_id, workspace_id, url, host, passage, cited_by, next_check_at)
select s.id, s.claim_id, c.workspace_id, s.url,
       lower(coalesce(substring(s.url from '^[a-zA-Z]+://([^/:?#]+)'), '')), s.passage, s.created_by, now()
from source s join claim c on c.id = s.claim_id;

-- The demo workspace, whose sources are never fetched, by id (DemoData records it on new installations).
insert into app_setting (key, value)
select 'demo.workspace-id', min(w.id)::text
from workspace w
where w.name = 'Defence and war briefing (demo)'
  and exists (select 1 from app_setting where key = 'demo.seeded')
having min(w.id) is not null
on conflict (key) do nothing;
