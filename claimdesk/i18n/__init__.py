"""Language and locale: babel formats for an explicit locale, letter texts, Qt translators (``qt`` only)."""
