-- Suggestions from transcripts know who said the sentence: the default claimant of a claim made of it.
alter table document_suggestion add column speaker varchar(200);
