"""Exit 0 when the PostgreSQL server of a postgres:// URL accepts TCP connections, 1 otherwise.

`make test-postgres` decides with it whether to run the PostgreSQL suite or skip it loudly; it
needs no PostgreSQL client on the machine (the tests themselves connect with sqlx).
usage: python3 server/tests/pg-reachable.py postgres://user@host:port/db
"""

import socket
import sys
from urllib.parse import urlsplit


def reachable(url: str) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 5432), timeout=3):
            return True
    except OSError:
        return False


if __name__ == "__main__":
    sys.exit(0 if len(sys.argv) == 2 and reachable(sys.argv[1]) else 1)
