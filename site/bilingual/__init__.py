"""Building bilingual objects in code: the demo loader and the tests' factories share it."""
