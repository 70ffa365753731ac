-- PostgreSQL only: the plan page's free-text filter (lower(column) LIKE '%text%') served by trigram indexes.
-- H2 has no trigram index and reads these columns in full; this location is not given to Flyway there.
-- The extension may already be installed in another schema of the database (one per database), e.g. public while
-- the application's tables live in a schema of their own: its operator class is named with that schema.

create extension if not exists pg_trgm;

do $$
declare
    trigram_schema text;
begin
    select n.nspname into strict trigram_schema
    from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'pg_trgm';
    execute format('create index activity_title_trgm_ix on activity using gin (lower(title) %I.gin_trgm_ops)',
                   trigram_schema);
    execute format('create index activity_description_trgm_ix on activity using gin (lower(description) %I.gin_trgm_ops)',
                   trigram_schema);
    execute format('create index activity_comment_trgm_ix on activity using gin (lower(follow_up_comment) %I.gin_trgm_ops)',
                   trigram_schema);
end
$$;
