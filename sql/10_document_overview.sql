-- document_overview: one line per document with its metadata and what was found in it.
--   SELECT title, published_date, n_paragraphs, n_facts FROM document_overview;
CREATE OR REPLACE VIEW document_overview AS
SELECT
    d.doc_id,
    d.title,
    d.publisher,
    d.published_date,
    d.language,
    d.format,
    d.n_paragraphs,
    d.n_sentences,
    d.n_facts,
    d.n_artifacts,
    (SELECT count(DISTINCT f.entity_id) FROM facts f WHERE f.doc_id = d.doc_id AND f.kind = 'entity') AS n_entities,
    d.source_path
FROM documents d
ORDER BY d.published_date NULLS LAST, d.source_path;
