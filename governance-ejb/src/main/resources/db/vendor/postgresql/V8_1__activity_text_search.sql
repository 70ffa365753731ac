-- PostgreSQL only: the plan page's free-text filter (lower(column) LIKE '%text%') served by trigram indexes.
-- H2 has no trigram index and reads these columns in full; this location is not given to Flyway there.

create extension if not exists pg_trgm;

create index activity_title_trgm_ix on activity using gin (lower(title) gin_trgm_ops);
create index activity_description_trgm_ix on activity using gin (lower(description) gin_trgm_ops);
create index activity_comment_trgm_ix on activity using gin (lower(follow_up_comment) gin_trgm_ops);
