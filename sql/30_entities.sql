-- entity_mentions: every mention of an entity, as written, with its sentence and document.
--   SELECT mention, sentence, title FROM entity_mentions WHERE name = 'France';
CREATE OR REPLACE VIEW entity_mentions AS
SELECT
    e.entity_id,
    e.type,
    e.name,
    f.text AS mention,
    f.sentence,
    f.title,
    f.published_date,
    f.doc_id,
    f.paragraph_id,
    f.sentence_id,
    f.start,
    f."end"
FROM fact_context f
JOIN entities e ON e.entity_id = f.entity_id
WHERE f.kind = 'entity';

-- entity_documents: one row per entity and document that mentions it, with how often and where first.
--   SELECT name, title, n_mentions FROM entity_documents ORDER BY n_mentions DESC LIMIT 10;
CREATE OR REPLACE VIEW entity_documents AS
SELECT
    entity_id,
    any_value(type) AS type,
    any_value(name) AS name,
    doc_id,
    any_value(title) AS title,
    any_value(published_date) AS published_date,
    count(*) AS n_mentions,
    list(DISTINCT mention ORDER BY mention) AS forms,
    arg_min(sentence, sentence_id) AS first_sentence
FROM entity_mentions
GROUP BY entity_id, doc_id
ORDER BY n_mentions DESC, name, doc_id;

-- cooccurrence: pairs of entities named in the same sentence, with counts and an example.
--   SELECT name_a, name_b, n_sentences, n_documents FROM cooccurrence LIMIT 20;
CREATE OR REPLACE VIEW cooccurrence AS
WITH m AS (
    SELECT DISTINCT sentence_id, doc_id, entity_id
    FROM facts
    WHERE kind = 'entity' AND entity_id IS NOT NULL AND sentence_id IS NOT NULL
)
SELECT
    a.entity_id AS entity_a,
    ea.name AS name_a,
    ea.type AS type_a,
    b.entity_id AS entity_b,
    eb.name AS name_b,
    eb.type AS type_b,
    count(*) AS n_sentences,
    count(DISTINCT a.doc_id) AS n_documents,
    arg_min(s.text, a.sentence_id) AS example
FROM m a
JOIN m b ON a.sentence_id = b.sentence_id AND a.entity_id < b.entity_id
JOIN entities ea ON ea.entity_id = a.entity_id
JOIN entities eb ON eb.entity_id = b.entity_id
JOIN sentences s ON s.sentence_id = a.sentence_id
GROUP BY ALL
ORDER BY n_sentences DESC, n_documents DESC, name_a, name_b;
