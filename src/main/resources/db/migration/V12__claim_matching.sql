-- matching: what claim matching keeps (issue 18, decision record 0012). Owned by the matching module;
-- claims themselves are read through the claim module's published view claim_wording.

-- the sentence vector of each claim's wording, with the model that made it and a hash of the text
-- it was made from: at start the index reads these instead of embedding again, as long as the model
-- and the text are the same
create table claim_vector (
    claim_id      bigint primary key references claim (id) on delete cascade,
    workspace_id  bigint       not null,
    model         varchar(100) not null,
    text_hash     bytea        not null,
    vector        bytea        not null,
    embedded_at   timestamptz  not null default now()
);
create index claim_vector_workspace on claim_vector (workspace_id);

-- fact-checks published elsewhere (a Snopes or PolitiFact export), imported read-only into a workspace
create table reference_collection (
    id            bigint generated always as identity primary key,
    workspace_id  bigint        not null references workspace (id) on delete cascade,
    name          varchar(200)  not null,
    publisher     varchar(200)  not null default '',
    created_at    timestamptz   not null default now(),
    created_by    bigint        not null,
    item_count    integer       not null,
    embedded      integer       not null default 0,
    state         varchar(16)   not null check (state in ('IMPORTING', 'READY'))
);
create index reference_collection_workspace on reference_collection (workspace_id);

create table reference_claim (
    id             bigint generated always as identity primary key,
    collection_id  bigint        not null references reference_collection (id) on delete cascade,
    workspace_id   bigint        not null,
    claim_text     varchar(4000) not null,
    title          varchar(1000) not null default '',
    publisher      varchar(200)  not null default '',
    url            varchar(2048) not null default '',
    rating         varchar(200)  not null default '',
    review_date    date,
    model          varchar(100),
    vector         bytea
);
create index reference_claim_collection on reference_claim (collection_id);
create index reference_claim_workspace on reference_claim (workspace_id);
