-- disagreements: the same thing stated differently across documents.
--   kind 'name': one entity written in different full forms by different documents
--                (two spellings of a person's name);
--   kind 'count': one entity and one unit with different numbers in different documents
--                 (two member counts for the same organization);
--   kind 'date': one entity and one event word with different dates in different documents.
--   SELECT kind, subject, unit, "values", documents FROM disagreements;
CREATE OR REPLACE VIEW disagreements AS
WITH names AS (
    SELECT f.entity_id, f.doc_id, f.text AS form
    FROM facts f
    WHERE f.kind = 'entity' AND f.entity_id IS NOT NULL AND f.text LIKE '% %'
),
name_rows AS (
    SELECT
        'name' AS kind,
        entity_id AS subject_id,
        NULL::VARCHAR AS unit,
        list(DISTINCT form ORDER BY form) AS "values",
        list(DISTINCT doc_id ORDER BY doc_id) AS doc_ids
    FROM names
    GROUP BY entity_id
    HAVING count(DISTINCT lower(form)) >= 2 AND count(DISTINCT doc_id) >= 2
),
subjects AS (
    SELECT DISTINCT sentence_id, entity_id
    FROM facts
    WHERE kind = 'entity' AND entity_id IS NOT NULL
),
counts AS (
    SELECT su.entity_id, lower(f.unit) AS unit, f.value_num, f.doc_id
    FROM facts f
    JOIN subjects su ON su.sentence_id = f.sentence_id
    WHERE f.kind IN ('number', 'quantity', 'money', 'percent') AND f.unit IS NOT NULL AND f.value_num IS NOT NULL
),
count_rows AS (
    SELECT
        'count' AS kind,
        entity_id AS subject_id,
        unit,
        list(DISTINCT CAST(value_num AS VARCHAR) ORDER BY CAST(value_num AS VARCHAR)) AS "values",
        list(DISTINCT doc_id ORDER BY doc_id) AS doc_ids
    FROM counts
    GROUP BY entity_id, unit
    HAVING count(DISTINCT value_num) >= 2 AND count(DISTINCT doc_id) >= 2
),
event_dates AS (
    SELECT su.entity_id, lower(ev.word) AS unit, f.value, f.doc_id
    FROM facts f
    JOIN subjects su ON su.sentence_id = f.sentence_id
    JOIN sentences s ON s.sentence_id = f.sentence_id
    CROSS JOIN (SELECT unnest(['summit', 'meeting', 'election', 'conference', 'visit', 'vote', 'launch',
                               'agreement', 'treaty', 'talks', 'founded', 'established']) AS word) ev
    WHERE f.kind = 'date' AND f.precision = 'day' AND regexp_matches(lower(s.text), '\b' || ev.word || '\b')
),
date_rows AS (
    SELECT
        'date' AS kind,
        entity_id AS subject_id,
        unit,
        list(DISTINCT value ORDER BY value) AS "values",
        list(DISTINCT doc_id ORDER BY doc_id) AS doc_ids
    FROM event_dates
    GROUP BY entity_id, unit
    -- each document states one value, and the documents do not share one
    HAVING count(DISTINCT doc_id) >= 2 AND count(DISTINCT value) >= 2
       AND count(DISTINCT value) = count(DISTINCT (doc_id, value))
),
found AS (
    SELECT * FROM name_rows UNION ALL SELECT * FROM count_rows UNION ALL SELECT * FROM date_rows
)
SELECT
    found.kind,
    e.name AS subject,
    e.type AS subject_type,
    found.unit,
    found."values",
    len(found.doc_ids) AS n_documents,
    (SELECT list(d.title ORDER BY d.doc_id) FROM documents d WHERE list_contains(found.doc_ids, d.doc_id)) AS documents,
    found.subject_id,
    found.doc_ids
FROM found
JOIN entities e ON e.entity_id = found.subject_id
ORDER BY found.kind, e.name, found.unit;
