"""bulletin: a week of collected news articles in, the weekly policy bulletin (周报) out.

The pipeline, one module per stage:
``ingest`` (pastes → article files) → ``corpus`` (article files → Article records) →
``curate`` (select, order, number) → ``issue`` (the one model every edition renders from) →
``editions`` (PDF, DOCX).
"""

__version__ = "0.1.0"
