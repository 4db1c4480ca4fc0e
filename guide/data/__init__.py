"""Data files of the core (stopwords, technical terms, synonyms), read with importlib.resources."""
