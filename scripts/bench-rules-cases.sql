-- Adds cases and ZRM assessments to a signal-rules benchmark database (docs/performance.md,
-- "Signal rules"): 20,000 cases (every other one closed) and 20,000 assessments of 13 scores
-- (every other one of a member). Synthetic, for timing FactsLoader only.
--   sqlite3 DB < scripts/bench-rules-cases.sql
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
INSERT INTO cases (household_id, status, origin, opened_on, opened_at, opened_by, closed_on, outcome, updated_at, updated_by)
SELECT i * 5, CASE WHEN i % 2 = 1 THEN 'afgesloten' ELSE 'in_behandeling' END, 'signal',
       date('2025-06-01', '+' || (i % 300) || ' days'), '2025-06-01T09:00:00Z', 'bench',
       CASE WHEN i % 2 = 1 THEN date('2025-06-01', '+' || (i % 300 + 30) || ' days') END,
       CASE WHEN i % 2 = 1 THEN 'Geen reactie na eerder contact' END, '2025-06-01T09:00:00Z', 'bench'
FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
INSERT INTO zrm_assessments (household_id, person_id, assessed_on, assessor_name, zrm_version, created_at)
SELECT i * 5, CASE WHEN i % 2 = 0 THEN (SELECT MIN(p.id) FROM persons p WHERE p.household_id = i * 5) END,
       date('2025-06-01', '+' || (i % 300) || ' days'), 'bench', 'ZRM 2017', '2025-06-01T09:00:00Z'
FROM n;
INSERT INTO zrm_scores (assessment_id, domain, score)
SELECT a.id, d.domain, 1 + (a.id + length(d.domain)) % 5 FROM zrm_assessments a,
 (SELECT 'financien' AS domain UNION ALL SELECT 'werk_opleiding' UNION ALL SELECT 'tijdsbesteding'
  UNION ALL SELECT 'huisvesting' UNION ALL SELECT 'huiselijke_relaties' UNION ALL SELECT 'geestelijke_gezondheid'
  UNION ALL SELECT 'lichamelijke_gezondheid' UNION ALL SELECT 'middelengebruik' UNION ALL SELECT 'basale_adl'
  UNION ALL SELECT 'instrumentele_adl' UNION ALL SELECT 'sociaal_netwerk' UNION ALL SELECT 'maatschappelijke_participatie'
  UNION ALL SELECT 'justitie') d;
COMMIT;
