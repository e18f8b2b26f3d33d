"""Site search: the same Arabic- and English-aware matching on SQLite and PostgreSQL.

normalise  text → words → comparable keys (folding, clitics, Snowball stems)
extract    a page → its title and plain text in one language
index      keeps `core.SearchEntry` in step with what is published (signals connects it)
query      a visitor's query → the matching entries, ranked
excerpts   titles and excerpts with the matched words marked
views      the search page at /<language>/search/
"""
