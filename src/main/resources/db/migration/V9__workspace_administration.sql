-- Workspaces can be archived by an installation admin: an archived workspace stays readable by its
-- members and refuses every change until it is unarchived (WorkspaceGuard).
alter table workspace add column archived_at timestamptz;

-- A document's origin address now follows the rules of a source's (absolute http or https). Clear the
-- ones stored before the rule that a reader or an export would open as something else
-- (javascript:, data:, relative links); the text and everything anchored in it stay as they are.
update document set origin_url = '' where origin_url <> '' and origin_url !~* '^https?://';
