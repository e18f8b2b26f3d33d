"""A TCP relay between the site and Redis that counts the bytes the site sends: what reaches
Redis from the app processes behind it, whatever else uses the same Redis server meanwhile.
Zero bytes sent means no command was sent."""

import contextlib
import socket
import threading
from urllib.parse import urlsplit, urlunsplit


class CountingProxy:
    def __init__(self, redis_url):
        self.redis_url = redis_url
        parts = urlsplit(redis_url)
        self.upstream = (parts.hostname or "127.0.0.1", parts.port or 6379)
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.url = urlunsplit(parts._replace(netloc=f"127.0.0.1:{self.port}"))
        self._lock = threading.Lock()
        self._sent = 0
        self._pairs = []  # (client socket, upstream socket)
        self._closed = False

    @property
    def sent(self):
        """Bytes sent to Redis through the relay since it started."""
        with self._lock:
            return self._sent

    def upstream_addresses(self):
        """The relay's own ends of its connections to Redis, as CLIENT LIST shows them (addr=)."""
        with self._lock:
            pairs = list(self._pairs)
        addresses = set()
        for _client, upstream in pairs:
            try:
                host, port = upstream.getsockname()[:2]
            except OSError:
                continue
            addresses.add(f"{host}:{port}")
        return addresses

    def __enter__(self):
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self._closed = True
        self.server.close()
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for pair in pairs:
            for sock in pair:
                # Shut down first: that wakes the relay's threads and tells both ends.
                _shut(sock)
                sock.close()

    def _accept(self):
        while not self._closed:
            try:
                client, _address = self.server.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.upstream)
            with self._lock:
                self._pairs.append((client, upstream))
            threading.Thread(target=self._pump, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, source, target, counted):
        try:
            while data := source.recv(65536):
                if counted:
                    with self._lock:
                        self._sent += len(data)
                target.sendall(data)
        except OSError:
            pass
        finally:
            # One side closed (or Redis killed the client): close the other as Redis would.
            _shut(source)
            _shut(target)


def _shut(sock):
    with contextlib.suppress(OSError):  # already shut
        sock.shutdown(socket.SHUT_RDWR)
