-- Read-only views that a module publishes for the others (docs/decisions/0011-module-map.md).
-- A module reads another module's data only through that module's services or through these views;
-- ArchitectureTest refuses SQL in one module that names another module's tables.

-- security: the name each user is shown under
create view user_name as
select id, display_name
from app_user;

-- document: each document's title and workspace
create view document_title as
select id, workspace_id, title
from document;

-- claim: the entries of each workspace's rating scale, for the verdicts that other modules show
create view verdict as
select id, workspace_id, position, label, colour, description, on_scale, version
from rating;

-- claim: live claims' wordings and verdicts, for matching (the planner inlines the view, so the
-- indexes on claim still serve it)
create view claim_wording as
select c.id, c.workspace_id, c.wording, c.search, c.status, c.rating_id, c.document_id
from claim c
where c.deleted_at is null;
