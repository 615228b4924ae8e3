"""Identifiers: digits that number or name something, which are neither quantities nor dates.

An identifier is a numeral, or a group of digits and letters, whose value counts nothing and places
nothing in time: "page 3", "AD 2018-23-51", "14 CFR 39.13", "(773) 942-6384", "10 Downing Street",
"the 737 MAX". Writers use digits for much that counts nothing, and each such use has a shape the
characters show. Two questions are asked, and each is answered in one place here:

- Spans a paragraph writes as identifiers by their own shape (`codes.identifier_spans`), claimed before
  dates and numbers are read (the year in "AD 2018-23-51" is no date, the 39 of "14 CFR 39.13" no number):
  - a code joins groups of digits and capital letters by dashes ("FAA-2020-0686", "W12-140"); a group in
    lower case makes it a word ("mid-2019", "Covid-19"), and two groups of digits are a range ("2-3 hours")
    unless a label names a code before them (`data/identifier_cues.txt`: "Docket No. 07-1315", "Amendment 39-19512"), a group
    opens with a zero no count is written with ("2023-0379") or a code's list goes on ("737-8 and 737-9");
    three groups that write a day are a date ("2020-08-06", "8-5-20");
  - a legal citation gives volume, series and section ("14 CFR 11.43", "49 U.S.C. 106(g)": the series in
    `data/legal_reporters.txt`), or a section sign ("§ 39.13");
  - e-mail addresses, pieces of web addresses with escaped characters ("2018%20-%20035"), and a code
    the line's end cut after its dash ("demande 2023-"): prose ends no paragraph on a dash.
- Whether one numeral that a reader of numbers found is an identifier, from the words and signs around it
  (`context.is_identifier`):
  - it follows the word it numbers ("page 3", "group 2", "Article 5", "No. 7", "#4"), maybe as the later
    number of a list ("sections 15 and 16") or the total of a numbering ("photo 1 of 12");
  - it follows a capitalized word that is no sentence's function word, no day and no measure: a name or
    a version ("Python 3", "Windows 10", "Apollo 11");
  - it has a point and names a version: what it versions follows it ("the 3.1 release"), or a version's noun
    and a marker of examples stand before it ("versions (e.g. 3.3, 3.4, 3.5)": `versions.is_version`);
  - it is a value of code: given to a macro's name, joined to a host or an assignment's sign, or the low end of a
    range of code points (`code_values`: "HAS_FOO is defined as 0", "localhost:631", "0 through 0x10FFFF");
  - it stands inside a manual's inline code span (`awk '{print $2}'`), or after the language's words for an hour
    ("20.15 Uhr", "o godz. 3": `data/number_languages.json`);
  - its punctuation makes it one: a clock time ("7:14", "9 a.m."), a citation marker ("[12]"), a list's
    enumerator ("2)", "35. Yung RL."), a section number ("2.1 Public ..."), a telephone number grouped by
    three and four ("(773) 942-6384") or its country code ("+44"), a record of tries ("0-for-9"), a code
    opening with zeros ("007"), a year with its century elided ("the ’80s"), a part of a web address;
  - a house number stands before a street's name ("10 Downing Street", "the 4100 block of ...",
    "12 rue de Rivoli": the street words in `data/number_context.json`);
  - a number word is one after a word that numbers things, with no plural noun after it to count ("episode
    one delved", "phase one trade deal"), or capitalized beside another capitalized word inside a sentence
    ("the Big Three automakers": `context.is_word_identifier`).
- Manual sections (`manpages`): the digit after a command's or a file's name, a manual page's reference written
  without its parentheses ("see debdiff 1.", "sources.list 5"), the name known from the document's literals
  (``debdiff``: `literal_names`) or by its shape (`manual_sections`).
- Section numbers opening a document's headings numbered as a series ("3 GNU Accounts and Resources":
  `headings.numbered_headings`).
- Model numbers, both ways (`models`): by the number's shape, digits before a singular capitalized name
  that they do not count ("the 737 Max jet", "421 Route 59") or of three or more after a count ("five 787
  Dreamliners": `is_model_number`); and by the document, which names a model once in full ("Boeing Model
  737-8") and then by its number before a name ("the 737 MAX": `model_numbers`, `named_models`).

Who calls: `extract.extract` claims `identifier_spans`, `named_models`, `manual_sections` (with the document's
`literal_names`) and `numbered_headings` for the whole document before dates and numbers are read;
`extract.numbers` asks `is_identifier` and `is_model_number` of each numeral it reads, and `is_word_identifier` of
each number word; `extract.quantities` reads addresses and contact blocks with the same telephone and street
patterns (`PHONE`, `street_after`).
Whether a whole paragraph is a citation is `clean.references.is_citation`'s decision, not this package's.
"""
from __future__ import annotations

from .codes import identifier_spans
from .context import PHONE, is_identifier, is_word_identifier, street_after, word_after
from .headings import numbered_headings
from .manpages import literal_names, manual_sections
from .models import is_model_number, model_numbers, named_models
from .written_code import in_code_span

__all__ = ["PHONE", "identifier_spans", "in_code_span", "is_identifier", "is_model_number", "is_word_identifier",
           "literal_names", "manual_sections", "model_numbers", "named_models", "numbered_headings", "street_after", "word_after"]
