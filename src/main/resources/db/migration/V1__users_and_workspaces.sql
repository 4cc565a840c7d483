-- Users, sign-in throttling, workspaces and their members.

create table app_user (
    id            bigint generated always as identity primary key,
    username      varchar(64)  not null,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    admin         boolean      not null default false,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    constraint app_user_username_format check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$')
);
create unique index app_user_username_uq on app_user (username);

-- One row per user name that failed to sign in (also names that do not exist, so the answer never tells).
create table login_attempt (
    username        varchar(256) primary key,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz
);

create table workspace (
    id           bigint generated always as identity primary key,
    name         varchar(120) not null,
    description  varchar(2000) not null default '',
    organisation varchar(200) not null default '',
    created_at   timestamptz  not null default now(),
    version      bigint       not null default 0
);
create unique index workspace_name_uq on workspace (lower(name));

create table workspace_member (
    workspace_id bigint      not null references workspace (id) on delete cascade,
    user_id      bigint      not null references app_user (id) on delete cascade,
    role         varchar(16) not null check (role in ('ADMIN', 'EDITOR', 'REVIEWER', 'VIEWER')),
    added_at     timestamptz not null default now(),
    primary key (workspace_id, user_id)
);
create index workspace_member_user_idx on workspace_member (user_id);

-- Small key/value facts about this installation (for example: the demo data was seeded once).
create table app_setting (
    key        varchar(100) primary key,
    value      varchar(2000) not null,
    updated_at timestamptz   not null default now()
);
