-- PostgreSQL only: the plan overview's counts and sums per plan, focus area and status, kept up to date by the
-- database itself (statement-level triggers with transition tables, so a bulk change costs one aggregate, not
-- one per row), whatever writes the activities. The overview then reads a few rows instead of aggregating every
-- activity of the plan. H2 has no such table; there the overview aggregates the activities.

create table activity_tally (
    plan_id        bigint         not null,
    focus_area_id  bigint         not null,
    status         varchar(20)    not null,
    activity_count bigint         not null,
    budget         numeric(20, 2) not null,
    outcome        numeric(20, 2) not null,
    constraint activity_tally_pk primary key (plan_id, focus_area_id, status)
);

insert into activity_tally (plan_id, focus_area_id, status, activity_count, budget, outcome)
select plan_id, focus_area_id, status, count(*), coalesce(sum(budget), 0), coalesce(sum(outcome), 0)
from activity group by plan_id, focus_area_id, status;

create function activity_tally_inserted() returns trigger language plpgsql as $$
begin
    insert into activity_tally as t (plan_id, focus_area_id, status, activity_count, budget, outcome)
    select plan_id, focus_area_id, status, count(*), coalesce(sum(budget), 0), coalesce(sum(outcome), 0)
    from new_rows group by plan_id, focus_area_id, status
    order by plan_id, focus_area_id, status
    on conflict (plan_id, focus_area_id, status) do update
        set activity_count = t.activity_count + excluded.activity_count,
            budget = t.budget + excluded.budget,
            outcome = t.outcome + excluded.outcome;
    return null;
end
$$;

create function activity_tally_deleted() returns trigger language plpgsql as $$
begin
    update activity_tally t
    set activity_count = t.activity_count - o.activity_count, budget = t.budget - o.budget, outcome = t.outcome - o.outcome
    from (select plan_id, focus_area_id, status, count(*) as activity_count,
                 coalesce(sum(budget), 0) as budget, coalesce(sum(outcome), 0) as outcome
          from old_rows group by plan_id, focus_area_id, status) o
    where t.plan_id = o.plan_id and t.focus_area_id = o.focus_area_id and t.status = o.status;
    return null;
end
$$;

create function activity_tally_updated() returns trigger language plpgsql as $$
begin
    update activity_tally t
    set activity_count = t.activity_count - o.activity_count, budget = t.budget - o.budget, outcome = t.outcome - o.outcome
    from (select plan_id, focus_area_id, status, count(*) as activity_count,
                 coalesce(sum(budget), 0) as budget, coalesce(sum(outcome), 0) as outcome
          from old_rows group by plan_id, focus_area_id, status) o
    where t.plan_id = o.plan_id and t.focus_area_id = o.focus_area_id and t.status = o.status;
    insert into activity_tally as t (plan_id, focus_area_id, status, activity_count, budget, outcome)
    select plan_id, focus_area_id, status, count(*), coalesce(sum(budget), 0), coalesce(sum(outcome), 0)
    from new_rows group by plan_id, focus_area_id, status
    order by plan_id, focus_area_id, status
    on conflict (plan_id, focus_area_id, status) do update
        set activity_count = t.activity_count + excluded.activity_count,
            budget = t.budget + excluded.budget,
            outcome = t.outcome + excluded.outcome;
    return null;
end
$$;

create trigger activity_tally_insert after insert on activity
    referencing new table as new_rows for each statement execute function activity_tally_inserted();
create trigger activity_tally_update after update on activity
    referencing old table as old_rows new table as new_rows for each statement execute function activity_tally_updated();
create trigger activity_tally_delete after delete on activity
    referencing old table as old_rows for each statement execute function activity_tally_deleted();
