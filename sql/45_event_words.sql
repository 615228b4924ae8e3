-- event_words: the kind of event a word of a sentence names. The disagreements view compares a
-- count or a date with another only when their sentences name the same kinds of event, so that
-- 100,000 spectators at a match are never set against 346 people killed in crashes. Add a row to
-- teach it a word; a word may name one kind only.
--   SELECT event, list(word) FROM event_words GROUP BY event;
CREATE OR REPLACE TABLE event_words AS
SELECT * FROM (VALUES
    ('summit', 'meeting'), ('summits', 'meeting'), ('meeting', 'meeting'), ('meetings', 'meeting'), ('met', 'meeting'),
    ('conference', 'meeting'), ('talks', 'meeting'), ('session', 'meeting'), ('congress', 'meeting'),
    ('election', 'vote'), ('elections', 'vote'), ('vote', 'vote'), ('voted', 'vote'), ('votes', 'vote'),
    ('referendum', 'vote'), ('ballot', 'vote'), ('polls', 'vote'), ('voters', 'vote'), ('turnout', 'vote'),
    ('visit', 'visit'), ('visited', 'visit'), ('visits', 'visit'), ('trip', 'visit'), ('tour', 'visit'),
    ('launch', 'launch'), ('launched', 'launch'), ('launches', 'launch'), ('unveiled', 'launch'), ('released', 'launch'),
    ('agreement', 'agreement'), ('treaty', 'agreement'), ('accord', 'agreement'), ('deal', 'agreement'),
    ('signed', 'agreement'), ('pact', 'agreement'),
    ('founded', 'founding'), ('established', 'founding'), ('formed', 'founding'), ('created', 'founding'),
    ('founding', 'founding'), ('inception', 'founding'),
    ('joined', 'membership'), ('join', 'membership'), ('members', 'membership'), ('member', 'membership'),
    ('membership', 'membership'), ('admitted', 'membership'),
    ('killed', 'deaths'), ('died', 'deaths'), ('dead', 'deaths'), ('deaths', 'deaths'), ('death', 'deaths'),
    ('fatalities', 'deaths'), ('killing', 'deaths'), ('toll', 'deaths'),
    ('injured', 'injuries'), ('wounded', 'injuries'), ('injuries', 'injuries'), ('hurt', 'injuries'),
    ('arrested', 'arrests'), ('detained', 'arrests'), ('arrests', 'arrests'), ('jailed', 'arrests'),
    ('fled', 'displacement'), ('displaced', 'displacement'), ('refugees', 'displacement'), ('evacuated', 'displacement'),
    ('attended', 'attendance'), ('spectators', 'attendance'), ('crowd', 'attendance'), ('watched', 'attendance'),
    ('audience', 'attendance'), ('visitors', 'attendance'),
    ('sold', 'sales'), ('sales', 'sales'), ('revenue', 'sales'), ('exports', 'trade'), ('imports', 'trade'),
    ('trade', 'trade'), ('invested', 'investment'), ('investment', 'investment'), ('funding', 'investment'),
    ('employees', 'employment'), ('jobs', 'employment'), ('workers', 'employment'), ('staff', 'employment'),
    ('population', 'population'), ('residents', 'population'), ('inhabitants', 'population'),
    ('budget', 'budget'), ('spending', 'budget'), ('cost', 'cost'), ('costs', 'cost'), ('price', 'cost'),
    ('won', 'result'), ('lost', 'result'), ('defeated', 'result'), ('scored', 'result'),
    ('opened', 'opening'), ('opens', 'opening'), ('closed', 'closing'), ('concluded', 'closing'), ('ended', 'closing')
) AS t(word, event);
