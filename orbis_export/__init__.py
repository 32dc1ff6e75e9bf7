"""orbis_export: saves Label Studio annotations to Ceramic, owned by each labeler's DID."""
