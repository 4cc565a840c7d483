-- security: a session follows changes to its user. access_version changes with the admin flag and
-- memberships (the session's roles are read again); credentials_version changes with the password
-- and when the account is disabled (every session signed in before ends at its next request).
alter table app_user add column access_version integer not null default 0;
alter table app_user add column credentials_version integer not null default 0;

-- security: the sign-in throttle counts attempts per user name and client address together, per
-- address and per user name, each with back-off. The old per-name lock is dropped: its rows are
-- only throttling state.
drop table login_attempt;
create table login_attempt (
    scope           varchar(10)  not null,
    key             varchar(400) not null,
    attempts        integer      not null,
    last_attempt_at timestamptz  not null,
    blocked_until   timestamptz,
    primary key (scope, key),
    constraint login_attempt_scope check (scope in ('pair', 'address', 'account'))
);
create index login_attempt_last_idx on login_attempt (last_attempt_at);
