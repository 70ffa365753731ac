-- Loads a synthetic activity plan for the web benchmark (run-web.sh) into a migrated database, replacing an
-- earlier plan of the same year: psql -v year=2091 -v n=10000 -f load-plan.sql
-- The plans hang on their own programme with 8 focus areas ("Prestandaprogram 2090-2099"); activities are in 8
-- equal blocks, one per area; titles, descriptions and comments in Swedish, unique titles, about one title in
-- eight and more descriptions and comments mention biogas; status mix, budgets on three rows in four.
\set ON_ERROR_STOP on
begin;

insert into development_programme (version, name, first_year, last_year, status, description)
select 0, 'Prestandaprogram 2090-2099', 2090, 2099, 'ADOPTED', 'Syntetiskt program för prestandamätningar.'
where not exists (select 1 from development_programme where name = 'Prestandaprogram 2090-2099');

insert into focus_area (version, programme_id, name, goal, sort_order)
select 0, p.id, a.name, a.goal, a.sort_order
from development_programme p
cross join (values
    (1, 'Infrastruktur och transporter', 'Hållbara och tillgängliga resor i hela regionen.'),
    (2, 'Näringsliv och kompetensförsörjning', 'Fler jobb och rätt kompetens för arbetsgivarna.'),
    (3, 'Klimat och hållbarhet', 'Minskade utsläpp och förnybar energi, bland annat biogas.'),
    (4, 'Bostäder och samhällsbyggnad', 'Fler bostäder i goda livsmiljöer.'),
    (5, 'Utbildning och högskola', 'Högre utbildningsnivå och starkare samverkan med lärosätena.'),
    (6, 'Trygghet och social hållbarhet', 'Trygga miljöer och jämlika livsvillkor.'),
    (7, 'Digitalisering och service', 'Enklare och effektivare service för invånare och företag.'),
    (8, 'Kultur, fritid och besöksnäring', 'En attraktiv region att bo i och besöka.')
) as a(sort_order, name, goal)
where p.name = 'Prestandaprogram 2090-2099'
  and not exists (select 1 from focus_area f where f.programme_id = p.id and f.name = a.name);

delete from activity where plan_id in (select id from activity_plan where plan_year = :year);
delete from activity_plan_focus_area where plan_id in (select id from activity_plan where plan_year = :year);
delete from activity_plan where plan_year = :year;

insert into activity_plan (version, plan_year, name, programme_id, status)
select 0, :year, 'Prestandaplan ' || :year || ' (' || :n || ' aktiviteter)', p.id, 'ADOPTED'
from development_programme p where p.name = 'Prestandaprogram 2090-2099';

insert into activity_plan_focus_area (plan_id, focus_area_id)
select pl.id, f.id from activity_plan pl join focus_area f on f.programme_id = pl.programme_id
where pl.plan_year = :year;

with pl as (
    select id, programme_id from activity_plan where plan_year = :year
), areas as (
    select array_agg(f.id order by f.sort_order) as ids from focus_area f join pl on f.programme_id = pl.programme_id
), words as (
    select array['Utveckla', 'Samordna', 'Kartlägga', 'Utreda', 'Förstärka', 'Genomföra', 'Planera', 'Följa upp',
                 'Förbättra', 'Digitalisera', 'Etablera', 'Samverka kring'] as verbs,
           array['kollektivtrafiken', 'kompetensförsörjningen', 'biogasproduktionen', 'cykelinfrastrukturen',
                 'näringslivets samverkan', 'de digitala tjänsterna', 'vattenförsörjningen', 'kulturarvet',
                 'klimatanpassningen', 'besöksnäringen', 'biogasanläggningen', 'bostadsförsörjningen',
                 'ungdomars sommarjobb', 'integrationen på arbetsmarknaden', 'avfallshanteringen',
                 'folkhälsoarbetet'] as objects,
           array['Botkyrka', 'Haninge', 'Huddinge', 'Nykvarn', 'Nynäshamn', 'Salem', 'Södertälje', 'Tyresö',
                 'Ekerö', 'hela regionen'] as places,
           array['Arbetet sker tillsammans med länets kommuner och regionen.',
                 'Insatsen finansieras delvis med statliga medel och EU-bidrag.',
                 'En förstudie har visat att behovet är stort, särskilt i de mindre kommunerna.',
                 'Uppföljning sker per tertial till ledningsgruppen.',
                 'Målet är att minska utsläppen genom att ersätta fossila bränslen med biogas.',
                 'Näringslivsråden och högskolan deltar i referensgruppen.',
                 'Resultaten redovisas i årsrapporten och på webbplatsen.'] as sentences,
           array['Arbetet går enligt plan.', 'Försenat på grund av vakanser i projektgruppen.',
                 'Upphandlingen är överklagad och väntar på dom i förvaltningsrätten.',
                 'Leveransen av biogas till bussdepån har börjat.', 'Avvaktar beslut i kommunstyrelsen.',
                 'Klart och rapporterat till ledningsgruppen.', 'Budgeten räcker inte; äskande om mer medel pågår.'] as comments
), rows as (
    select g,
           (g * 2654435761) % 1000003 as h,
           ((g - 1) * 8 / :n) + 1 as area,
           case when g % 20 < 6 then 'PLANNED' when g % 20 < 13 then 'ONGOING' when g % 20 < 17 then 'DONE'
                when g % 20 = 17 then 'POSTPONED' when g % 20 = 18 then 'NOT_DONE' else 'CANCELLED' end as status
    from generate_series(1, :n) as g
)
insert into activity (version, plan_id, focus_area_id, title, description, planned_start, planned_end, status,
                      progress_percent, follow_up_comment, budget, outcome, focus_area_order)
select 0, pl.id, areas.ids[r.area],
       w.verbs[1 + r.h % 12] || ' ' || w.objects[1 + (r.h / 12) % 16] || ' i ' || w.places[1 + (r.h / 192) % 10]
           || ' (' || r.g || ')',
       left(w.sentences[1 + r.h % 7] || ' ' || w.sentences[1 + (r.h / 7) % 7]
           || repeat(' ' || w.sentences[1 + (r.h / 49) % 7], ((r.h / 343) % 4)::int), 4000),
       make_date(:year, 1 + r.g % 12, 1),
       make_date(:year, 1 + r.g % 12, 1) + (30 * (1 + r.g % 6)),
       r.status,
       case r.status when 'DONE' then 100 when 'ONGOING' then 10 + r.h % 80 when 'POSTPONED' then r.h % 30 else 0 end,
       case when r.g % 5 = 0 then null
            when r.g % 10 = 1 then repeat(w.comments[1 + r.h % 7] || ' ', (6 + r.h % 10)::int)
            else w.comments[1 + r.h % 7] end,
       case when r.g % 4 = 0 then null else (1 + r.h % 500) * 1000.00 end,
       case when r.g % 4 = 0 or r.status not in ('DONE', 'ONGOING') then null else (1 + r.h % 500) * 600.00 end,
       r.area
from rows r cross join pl cross join areas cross join words w;

commit;
vacuum analyze activity;
analyze activity_plan;
