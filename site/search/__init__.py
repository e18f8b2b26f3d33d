"""Site search: the same Arabic- and English-aware matching on SQLite and PostgreSQL.

models     the index, synonyms, misses and picks (in core's tables: README "Site search")
normalise  text → words → comparable keys (folding, clitics, Snowball stems)
extract    a page → its title and plain text in one language
index      keeps `search.SearchEntry` in step with what is published (signals connects it)
query      a visitor's query → the matching entries, ranked
excerpts   titles and excerpts with the matched words marked
views      the search page at /<language>/search/
reports    the searches-without-results report (wagtail_hooks adds it and the snippets)
"""
