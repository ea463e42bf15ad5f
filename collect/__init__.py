"""Articles that come by themselves: chambers' and papers' feeds, WordPress APIs and sitemaps,
watched at each source's interval, each new item read and imported as a draft by the same
importer as an editor's import (events.services.article_import), never published.
"""
