"""orbis-label-studio: Label Studio 1.23.2, unchanged, with the orbis_export app plugged in."""
