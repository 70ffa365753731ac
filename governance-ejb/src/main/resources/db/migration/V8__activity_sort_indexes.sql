-- The plan page's queries served by indexes: every sort the activity table offers has an index on
-- (plan, sort column, id), the default order (the focus area's sort order) and the responsible column sort on
-- values kept on the activity, and the plan's tally (count and sums per focus area and status) is read from a
-- covering index alone.

alter table activity add column focus_area_order integer default 0 not null;
alter table activity add column responsible_sort_name varchar(300);

update activity set focus_area_order = (select f.sort_order from focus_area f where f.id = activity.focus_area_id);
update activity set responsible_sort_name = left(coalesce(
        (select b.name from body b where b.id = activity.responsible_body_id),
        (select p.last_name || ' ' || p.first_name from person p where p.id = activity.responsible_person_id),
        (select m.name from municipality m where m.id = activity.responsible_municipality_id)), 300);

create index activity_plan_order_ix on activity (plan_id, focus_area_order, id);
create index activity_plan_title_ix on activity (plan_id, title, id);
create index activity_plan_status_ix on activity (plan_id, status, id);
create index activity_plan_progress_ix on activity (plan_id, progress_percent, id);
create index activity_plan_start_ix on activity (plan_id, planned_start, id);
create index activity_plan_responsible_ix on activity (plan_id, responsible_sort_name, id);
create index activity_plan_budget_ix on activity (plan_id, budget, id);
create index activity_plan_outcome_ix on activity (plan_id, outcome, id);
create index activity_plan_tally_ix on activity (plan_id, focus_area_id, status, budget, outcome, id);
create index activity_snapshot_tally_ix on activity_snapshot (round_id, focus_area_id, status, budget, outcome, id);
