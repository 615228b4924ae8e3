-- fact_context: every fact with its sentence and its document's title and date; the views below
-- build on it, and it answers "where was this said" for any fact.
--   SELECT kind, text, value, sentence, title FROM fact_context WHERE kind = 'acronym';
CREATE OR REPLACE VIEW fact_context AS
SELECT
    f.*,
    s.text AS sentence,
    d.title,
    d.published_date
FROM facts f
JOIN documents d ON d.doc_id = f.doc_id
LEFT JOIN sentences s ON s.sentence_id = f.sentence_id;
