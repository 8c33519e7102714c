"""The same pipeline as an Apache Spark job, for corpora beyond one machine (``faits[spark]``)."""
