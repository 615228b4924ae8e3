"""The HTML route of parse: a saved page becomes the article's blocks, its furniture and its metadata.

Enters: an HTML `Source`. Leaves: `Parsed` with blocks that carry their kind from the markup (title,
heading, caption, body), furniture as artifacts, and `Metadata` hints from JSON-LD, meta tags and
bylines. `tree` cuts the page into units, `content` picks the article's, `offsets` finds their text
in the source, `meta` and `date_attrs` read what the page says about itself; `page` ties them.
"""
