"""Visit sessions: join the in-store visit to the shopper's online journey through the
Genesys KC Session Management API. Qt-free; imports only the standard library and aiohttp.
"""
