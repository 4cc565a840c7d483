-- Personal access tokens for the HTTP API: only a SHA-256 hash of the secret is stored; the secret is
-- shown once, when the token is created.
create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint       not null references app_user (id),
    name         varchar(100) not null check (length(btrim(name)) > 0),
    token_hash   char(64)     not null unique,
    prefix       varchar(12)  not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id, id desc);
