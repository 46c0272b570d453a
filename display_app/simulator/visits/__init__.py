"""A simulated Genesys KC Session Management API over HTTP on loopback (aiohttp), for
tests, demos and the bench. Imports the standard library, aiohttp and display_app.visits.
"""
