-- search(query, n := 10): paragraphs ranked by BM25 (k1 = 1.2, b = 0.75) over the terms table,
-- written at export time; plain SQL, so no extension is needed.
--   SELECT score, title, text FROM search('regional security cooperation', n := 5);
CREATE OR REPLACE MACRO search(query_text, n := 10) AS TABLE
WITH q AS (
    SELECT DISTINCT t AS term
    FROM (SELECT unnest(regexp_split_to_array(lower(query_text), '[^\pL\pN]+')) AS t)
    WHERE t <> ''
),
stats AS (
    SELECT
        (SELECT count(*) FROM paragraphs) AS n_paragraphs,
        (SELECT sum(tf) FROM terms) / greatest(1, (SELECT count(*) FROM paragraphs)) AS avg_terms
),
df AS (
    SELECT t.term, count(*) AS df
    FROM terms t JOIN q ON q.term = t.term
    GROUP BY t.term
),
scored AS (
    SELECT
        t.paragraph_id,
        sum(ln(1 + (stats.n_paragraphs - df.df + 0.5) / (df.df + 0.5))
            * t.tf * 2.2 / (t.tf + 1.2 * (0.25 + 0.75 * t.paragraph_terms / stats.avg_terms))) AS score,
        count(*) AS matched_terms
    FROM terms t
    JOIN df ON df.term = t.term
    CROSS JOIN stats
    GROUP BY t.paragraph_id
)
SELECT
    round(sc.score, 4) AS score,
    sc.matched_terms,
    d.title,
    p.kind,
    p.text,
    p.doc_id,
    p.paragraph_id
FROM scored sc
JOIN paragraphs p ON p.paragraph_id = sc.paragraph_id
JOIN documents d ON d.doc_id = p.doc_id
ORDER BY sc.score DESC, p.paragraph_id
LIMIT n;
