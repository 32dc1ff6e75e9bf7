"""HTTP APIs of orbis_export (thin DRF views; logic lives in the service modules)."""
