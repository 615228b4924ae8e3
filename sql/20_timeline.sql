-- Helpers that turn the ISO 8601 values of date facts (2024-07-03, 2024-07, 2024, or an interval
-- 2024-07-03/2024-07-04) into the first and last day they cover.
-- iso_first_day(v): the first day an ISO 8601 date or interval covers.
--   SELECT iso_first_day('2024-07'); -- 2024-07-01
CREATE OR REPLACE MACRO iso_first_day(v) AS try_cast(
    CASE
        WHEN regexp_matches(split_part(v, '/', 1), '^\d{4}$') THEN split_part(v, '/', 1) || '-01-01'
        WHEN regexp_matches(split_part(v, '/', 1), '^\d{4}-\d{2}$') THEN split_part(v, '/', 1) || '-01'
        ELSE left(split_part(v, '/', 1), 10)
    END AS DATE);

-- iso_last_day(v): the last day an ISO 8601 date or interval covers.
--   SELECT iso_last_day('2024-07'); -- 2024-07-31
CREATE OR REPLACE MACRO iso_last_day(v) AS (
    WITH last_part AS (SELECT CASE WHEN contains(v, '/') THEN split_part(v, '/', 2) ELSE v END AS p)
    SELECT CASE
        WHEN regexp_matches(p, '^\d{4}$') THEN try_cast(p || '-12-31' AS DATE)
        WHEN regexp_matches(p, '^\d{4}-\d{2}$') THEN last_day(try_cast(p || '-01' AS DATE))
        ELSE try_cast(left(p, 10) AS DATE)
    END FROM last_part);

-- timeline: every dated fact in date order, with its precision, sentence and document.
--   SELECT date_start, value, sentence, title FROM timeline WHERE date_start >= DATE '2020-01-01';
CREATE OR REPLACE VIEW timeline AS
SELECT
    iso_first_day(value) AS date_start,
    iso_last_day(value) AS date_end,
    value,
    precision,
    text,
    sentence,
    title,
    published_date,
    doc_id,
    paragraph_id,
    sentence_id,
    fact_id
FROM fact_context
WHERE kind = 'date' AND value IS NOT NULL  -- a clock time with no day names no calendar point
ORDER BY date_start NULLS LAST, value, published_date, fact_id;
