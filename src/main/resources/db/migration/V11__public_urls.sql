-- workspace: where the team publishes its fact-checks, e.g. https://factcheck.example.org/claims/{id}
alter table workspace add column public_url_template varchar(500) not null default '';

-- claim: the public fact-check article of a claim, when it has its own address
alter table claim add column published_url varchar(2000) not null default '';
