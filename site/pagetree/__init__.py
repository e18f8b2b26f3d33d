"""Page-tree lookups whose cost does not grow with the number of pages in a section."""
