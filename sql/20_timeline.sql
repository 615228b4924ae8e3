-- Helpers that turn the ISO 8601 values of date facts (2024-07-03, 2024-07, 2024, or an interval
-- 2024-07-03/2024-07-04; a season as TimeML writes it, 2019-SU) into the first and last day they cover.
-- A season runs over the months of date_seasons.json: spring March-May, summer June-August, autumn
-- September-November, winter from December to the end of the next February.
-- iso_first_day(v): the first day an ISO 8601 date or interval covers.
--   SELECT iso_first_day('2024-07'); -- 2024-07-01
--   SELECT iso_first_day('1997-FA'); -- 1997-09-01
CREATE OR REPLACE MACRO iso_first_day(v) AS try_cast(
    CASE
        WHEN regexp_matches(split_part(v, '/', 1), '^\d{4}$') THEN split_part(v, '/', 1) || '-01-01'
        WHEN regexp_matches(split_part(v, '/', 1), '^\d{4}-\d{2}$') THEN split_part(v, '/', 1) || '-01'
        WHEN regexp_matches(split_part(v, '/', 1), '^\d{4}-(SP|SU|FA|WI)$')
            THEN left(v, 4) || CASE right(split_part(v, '/', 1), 2)
                WHEN 'SP' THEN '-03-01' WHEN 'SU' THEN '-06-01' WHEN 'FA' THEN '-09-01' ELSE '-12-01' END
        ELSE left(split_part(v, '/', 1), 10)
    END AS DATE);

-- iso_last_day(v): the last day an ISO 8601 date or interval covers.
--   SELECT iso_last_day('2024-07'); -- 2024-07-31
--   SELECT iso_last_day('2019-WI'); -- 2020-02-29
CREATE OR REPLACE MACRO iso_last_day(v) AS (
    WITH last_part AS (SELECT CASE WHEN contains(v, '/') THEN split_part(v, '/', 2) ELSE v END AS p)
    SELECT CASE
        WHEN regexp_matches(p, '^\d{4}$') THEN try_cast(p || '-12-31' AS DATE)
        WHEN regexp_matches(p, '^\d{4}-\d{2}$') THEN last_day(try_cast(p || '-01' AS DATE))
        WHEN regexp_matches(p, '^\d{4}-(SP|SU|FA|WI)$') THEN CASE right(p, 2)
            WHEN 'SP' THEN try_cast(left(p, 4) || '-05-31' AS DATE)
            WHEN 'SU' THEN try_cast(left(p, 4) || '-08-31' AS DATE)
            WHEN 'FA' THEN try_cast(left(p, 4) || '-11-30' AS DATE)
            ELSE last_day(try_cast((left(p, 4)::INTEGER + 1)::VARCHAR || '-02-01' AS DATE)) END
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
