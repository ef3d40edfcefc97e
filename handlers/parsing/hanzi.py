"""The one fold of Chinese text for reading: traditional characters and Taiwan words to simplified ones.

It lives with the search index (`crm_store.search.hanzi`) so that messages and customer names are
folded alike; the parsers import it from here.
"""

from crm_store.search.hanzi import simplified

__all__ = ["simplified"]
