-- numbers: numeric facts with what they count, their qualifier and sentence.
--   SELECT value_num, unit, qualifier, sentence FROM numbers WHERE unit LIKE 'countr%';
CREATE OR REPLACE VIEW numbers AS
SELECT kind, text, value_num, value_high, unit, qualifier, sentence, title, published_date, doc_id, sentence_id, fact_id
FROM fact_context
WHERE kind IN ('number', 'ordinal', 'fraction', 'percent', 'money', 'quantity')
ORDER BY unit NULLS LAST, value_num, fact_id;

-- quotes: quoted words with their speaker (where the sentence names one), document and date.
--   SELECT speaker, quote, title FROM quotes WHERE speaker IS NOT NULL;
CREATE OR REPLACE VIEW quotes AS
SELECT
    f.text AS quote,
    e.name AS speaker,
    f.entity_id AS speaker_id,
    f.sentence,
    f.title,
    f.published_date,
    f.doc_id,
    f.sentence_id,
    f.fact_id
FROM fact_context f
LEFT JOIN entities e ON e.entity_id = f.entity_id
WHERE f.kind = 'quote'
ORDER BY f.published_date NULLS LAST, f.fact_id;

-- claims: sentences that carry at least one fact, with their facts gathered in reading order.
--   SELECT sentence, facts FROM claims WHERE list_contains(kinds, 'number');
CREATE OR REPLACE VIEW claims AS
SELECT
    s.sentence_id,
    s.doc_id,
    d.title,
    d.published_date,
    s.text AS sentence,
    count(*) AS n_facts,
    list(DISTINCT f.kind ORDER BY f.kind) AS kinds,
    list({'kind': f.kind, 'text': f.text, 'value': f.value, 'unit': f.unit} ORDER BY f.start, f.fact_id) AS facts
FROM sentences s
JOIN facts f ON f.sentence_id = s.sentence_id
JOIN documents d ON d.doc_id = s.doc_id
GROUP BY s.sentence_id, s.doc_id, d.title, d.published_date, s.text
ORDER BY s.doc_id, s.sentence_id;
