-- disagreements: the same thing stated differently across documents, like compared with like.
--   kind 'name':  one person or organization written in different full forms by different
--                 documents (two spellings of a name, sharing a word with it; case, punctuation
--                 and a possessive 's aside).
--                 Places and nationalities are no spellings of each other ("South Korea" / "South Korean").
--   kind 'count': different numbers for one entity, one unit, the same kinds of event (event_words;
--                 a sentence that names none is compared with nothing) and the same year (of a
--                 date in the sentence, else of publication); a number is
--                 said of the entity named nearest before it in its sentence (else the first after).
--                 Bounds ("over 100", "up to 5") do not contradict a number and are left out; a
--                 range shows as "40.0-80.0".
--   kind 'date':  different days for one entity and one kind of event.
--   SELECT kind, subject, unit, event, "values", documents FROM disagreements;
CREATE OR REPLACE VIEW disagreements AS
WITH names AS (
    -- a form shares a word with the entity's name: "Kassym Tokayev" for "Kassim Jomart Tokayev"
    SELECT f.entity_id, f.doc_id, f.text AS form,
           trim(regexp_replace(regexp_replace(lower(f.text), '[''’]s$', ''), '[^[:alnum:] ]+', '', 'g')) AS name_key
    FROM facts f
    JOIN entities e ON e.entity_id = f.entity_id
    WHERE f.kind = 'entity' AND f.entity_type IN ('person', 'organization') AND f.text LIKE '% %'
      AND len(list_intersect(string_split(lower(f.text), ' '), string_split(lower(e.name), ' '))) > 0
),
name_rows AS (
    SELECT
        'name' AS kind,
        entity_id AS subject_id,
        NULL::VARCHAR AS unit,
        NULL::VARCHAR AS event,
        list(DISTINCT form ORDER BY form) AS "values",
        list(DISTINCT doc_id ORDER BY doc_id) AS doc_ids
    FROM names
    GROUP BY entity_id
    HAVING count(DISTINCT name_key) >= 2 AND count(DISTINCT doc_id) >= 2
),
sentence_words AS (
    SELECT sentence_id, unnest(string_split_regex(lower(text), '[^[:alpha:]]+')) AS word FROM sentences
),
sentence_events AS (
    SELECT sw.sentence_id, array_to_string(list(DISTINCT ew.event ORDER BY ew.event), ', ') AS event
    FROM sentence_words sw JOIN event_words ew ON ew.word = sw.word
    GROUP BY sw.sentence_id
),
stated AS (
    -- counts and days that can disagree: bounds are not statements of a number
    SELECT f.fact_id, f.doc_id, f.sentence_id, f.start, f.kind, lower(f.unit) AS unit, f.value,
           CASE WHEN f.value_high IS NULL THEN CAST(f.value_num AS VARCHAR)
                ELSE CAST(f.value_num AS VARCHAR) || '-' || CAST(f.value_high AS VARCHAR) END AS amount
    FROM facts f
    WHERE (f.kind IN ('number', 'quantity', 'money', 'percent') AND f.unit IS NOT NULL AND f.value_num IS NOT NULL
           AND coalesce(f.qualifier, '') NOT IN ('over', 'under', 'at least', 'up to'))
       OR (f.kind = 'date' AND f.precision = 'day')
),
subject_of AS (
    SELECT st.fact_id,
           arg_min(e.entity_id, CASE WHEN e.start < st.start THEN st.start - e.start ELSE 1000000 + e.start END) AS entity_id
    FROM stated st
    JOIN facts e ON e.sentence_id = st.sentence_id AND e.kind = 'entity' AND e.entity_id IS NOT NULL
    GROUP BY st.fact_id
),
year_of AS (
    SELECT st.fact_id,
           coalesce(min(year(iso_first_day(d.value))), any_value(year(doc.published_date))) AS year
    FROM stated st
    JOIN documents doc ON doc.doc_id = st.doc_id
    LEFT JOIN facts d ON d.sentence_id = st.sentence_id AND d.kind = 'date'
    GROUP BY st.fact_id
),
counts AS (
    SELECT so.entity_id, st.unit, se.event, y.year, st.amount, st.doc_id
    FROM stated st
    JOIN subject_of so USING (fact_id)
    JOIN year_of y USING (fact_id)
    JOIN sentence_events se USING (sentence_id)  -- a number in a sentence naming no event is compared with nothing
    WHERE st.kind <> 'date'
),
count_rows AS (
    SELECT
        'count' AS kind,
        entity_id AS subject_id,
        unit,
        any_value(event) AS event,
        list(DISTINCT amount ORDER BY amount) AS "values",
        list(DISTINCT doc_id ORDER BY doc_id) AS doc_ids
    FROM counts
    GROUP BY entity_id, unit, event, year
    -- no value is stated by two documents: two documents that both give "from 175 to 450" agree
    HAVING count(DISTINCT amount) >= 2 AND count(DISTINCT doc_id) >= 2
       AND count(DISTINCT amount) = count(DISTINCT (doc_id, amount))
),
event_dates AS (
    SELECT so.entity_id, se.event, st.value, st.doc_id
    FROM stated st
    JOIN subject_of so USING (fact_id)
    JOIN sentence_events se USING (sentence_id)
    WHERE st.kind = 'date'
),
date_rows AS (
    SELECT
        'date' AS kind,
        entity_id AS subject_id,
        NULL::VARCHAR AS unit,
        event,
        list(DISTINCT value ORDER BY value) AS "values",
        list(DISTINCT doc_id ORDER BY doc_id) AS doc_ids
    FROM event_dates
    GROUP BY entity_id, event
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
    found.event,
    found."values",
    len(found.doc_ids) AS n_documents,
    (SELECT list(d.title ORDER BY d.doc_id) FROM documents d WHERE list_contains(found.doc_ids, d.doc_id)) AS documents,
    found.subject_id,
    found.doc_ids
FROM found
JOIN entities e ON e.entity_id = found.subject_id
ORDER BY found.kind, e.name, found.unit, found.event;
