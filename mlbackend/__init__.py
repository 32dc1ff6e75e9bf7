"""The bundled ML backend: a TF-IDF + logistic-regression text classifier served over Label Studio's ML backend
protocol as its own process (``python -m mlbackend serve``).

Modules: ``labelconfig`` (which control and text field to predict, read from the label config Label Studio sends),
``classifier`` (fit / predict / model version), ``store`` (per-project state in the data dir, atomic writes),
``app`` (the HTTP routes), ``fetch`` (reading a project's annotations back from Label Studio for START_TRAINING).
``connect`` is the Label Studio side (Django): it connects a backend to a project and imports pre-annotations; the
serving modules never import it.
"""
