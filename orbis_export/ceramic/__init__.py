"""A small Ceramic client in pure Python: encoding, DIDs, CACAO/SIWE, sessions, signed commits, HTTP.

Nothing in this package imports Django; it could be published on its own.
"""
