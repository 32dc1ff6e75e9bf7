"""Ceramic (OrbisDB) as a Label Studio Target Storage: models, API, form layout, receivers, job functions.

Everything here goes through the one sync engine (:mod:`orbis_export.sync` via :mod:`orbis_export.jobs`)."""
