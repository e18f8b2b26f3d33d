"""Purge messages between app processes, so the front answers a hit without asking Redis.

Only when the `pages` cache is Redis. Each worker process runs one listener thread, started
on its first fetch (gunicorn loads the app in the master and forks the workers: a process
that is not the one that started the listener starts its own). It subscribes to a channel
named from the cache's KEY_PREFIX and database (channels are server-wide, databases are
not). Once the subscription is confirmed, and while nothing waits unread on it, the front
may answer a hit with no Redis command at all.

A purge (store.bump) writes the new generations, then `announce`s them: PUBLISH names a
fresh acknowledgement list, and the publisher waits (about a second at most) until every
subscriber PUBLISH counted has forgotten its front and pushed to that list. So when a
publish returns, no worker on any app server still holds what it purged.

On every message, on (re)subscribing and on any error the listener forgets the whole front
(front.forget starts a new epoch). After an error it is not listening, and tries again after
store.RETRY_AFTER_SECONDS; meanwhile every hit is checked against the generations in Redis,
and store's health handles Redis being down.
"""

import logging
import os
import secrets
import select
import socket
import threading
import time

from django.conf import settings
from django.core.cache import caches
from django.core.signals import setting_changed
from django.dispatch import receiver
from redis.backoff import NoBackoff
from redis.retry import Retry

from pagecache import front

logger = logging.getLogger("pagecache.invalidation")

# How the listener's connection is named in CLIENT LIST.
CLIENT_NAME = "pagecache-listener"
# How often an idle listener looks up from its socket to see whether it should stop.
IDLE_SECONDS = 1.0
# A subscription to a Redis that vanished without closing the connection (a network cut)
# must not look alive for ever: TCP keepalive probes (no Redis command) notice it within
# about 20 seconds.
KEEPALIVE = {
    option: seconds
    for name, seconds in (("TCP_KEEPIDLE", 10), ("TCP_KEEPINTVL", 3), ("TCP_KEEPCNT", 3))
    if (option := getattr(socket, name, None)) is not None
}
# The shortest pause between two attempts to subscribe: a listener never spins.
MIN_RETRY_SECONDS = 0.2
# How long a purge waits for every subscriber to acknowledge, and how long an unread
# acknowledgement (one that came too late) is kept.
ACK_SECONDS = 1.0
ACK_LIST_SECONDS = 30
# Each BLPOP waits less than the cache's socket timeout (0.5 s), or the read would fail; and
# never 0, which Redis takes as "for ever".
_BLPOP_SLICE = 0.25

_lock = threading.Lock()
_current = None


def is_shared(config):
    return config.get("BACKEND", "").startswith("django_redis.")


def channel_for(cache, pool):
    db = pool.connection_kwargs.get("db", 0)
    return f"{cache.key_prefix}:purged@{db}"


class Listener:
    """One process's subscription; `answers()` says whether the front may answer alone."""

    def __init__(self, cache, config):
        self.config = config
        self.pid = os.getpid()
        self.client = cache.client.get_client(write=True)
        self.pool = self.client.connection_pool
        self.channel = channel_for(cache, self.pool)
        self.listening = False
        self.stopped = False
        self._poller = None
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pagecache-invalidation", daemon=True)

    def start(self):
        self._thread.start()
        return self

    def stop(self):
        self.stopped = True
        self._stopped.set()

    def answers(self):
        """Subscribed, and nothing (a message, a closed connection) waiting unread."""
        poller = self._poller
        return self.listening and poller is not None and not poller.poll(0)

    def _run(self):
        # store imports this module: its retry pause is read when needed.
        from pagecache import store

        was_listening = False
        while not self._stopped.is_set():
            connection = None
            try:
                connection = self._subscribe()
                self._listen(connection, was_listening)
            except Exception as error:  # any failure: validated hits until subscribed again
                if self.listening:
                    logger.info("Page cache: purge messages lost (%r); each hit is checked in Redis.", error)
                else:
                    logger.debug("Page cache: no purge messages: %r", error)
            finally:
                was_listening = was_listening or self.listening
                self._quiet()
                if connection is not None:
                    connection.disconnect()
            self._stopped.wait(max(store.RETRY_AFTER_SECONDS, MIN_RETRY_SECONDS))

    def _subscribe(self):
        # A connection of its own, as the cache's pool makes them, named in CLIENT LIST, and
        # without retries of its own (this loop retries).
        kwargs = {
            **self.pool.connection_kwargs,
            "client_name": CLIENT_NAME,
            "retry": Retry(NoBackoff(), 0),
            "socket_keepalive": True,
            "socket_keepalive_options": KEEPALIVE,
        }
        connection = self.pool.connection_class(**kwargs)
        connection.connect()
        connection.send_command("SUBSCRIBE", self.channel)
        return connection

    def _listen(self, connection, was_listening):
        while not self._stopped.is_set():
            if not connection.can_read(timeout=IDLE_SECONDS):
                continue
            # With RESP3 a message is a push: asked for as such, not handed to a handler.
            reply = connection.read_response(push_request=True)
            kind = reply[0] if isinstance(reply, list) and reply else None
            if kind == b"subscribe":
                # Whatever the front holds may predate a purge this process did not hear of.
                front.forget()
                poller = select.poll()
                poller.register(connection._sock, select.POLLIN)
                self._poller = poller
                self.listening = True
                if was_listening:
                    logger.info("Page cache: purge messages heard again.")
            elif kind == b"message":
                front.forget()
                self._acknowledge(reply[2])

    def _acknowledge(self, ack_key):
        pipe = self.client.pipeline(transaction=False)
        pipe.rpush(ack_key, self.pid)
        pipe.expire(ack_key, ACK_LIST_SECONDS)
        pipe.execute()

    def _quiet(self):
        self.listening = False
        self._poller = None
        front.forget()


def listener():
    """This process's listener for the `pages` cache, started if need be; None unless Redis."""
    config = settings.CACHES["pages"]
    current = _current
    if (
        current is not None
        and current.pid == os.getpid()
        and not current.stopped
        and (current.config is config or current.config == config)
    ):
        return current
    if not is_shared(config):
        return None
    return _start(config)


def _start(config):
    global _current
    with _lock:
        current = _current
        if current is not None and current.pid == os.getpid():
            if current.config == config and not current.stopped:
                return current
            current.stop()  # the settings changed (tests): listen to the new cache instead
        # A new listener (or a forked process) has heard nothing yet.
        front.forget()
        _current = Listener(caches["pages"], config).start()
        return _current


@receiver(setting_changed)
def _stop_on_new_caches(setting, **kwargs):
    # Tests point the `pages` alias elsewhere: the old listener must not linger on.
    if setting == "CACHES" and _current is not None:
        _current.stop()


def announce(cache):
    """Tell every listener of `cache` to forget its front; wait until each has (bounded).

    Returns how many did not acknowledge in time (logged once)."""
    client = cache.client.get_client(write=True)
    ack_key = cache.make_key(f"purged:{secrets.token_hex(8)}")
    receivers = client.publish(channel_for(cache, client.connection_pool), ack_key)
    deadline = time.monotonic() + ACK_SECONDS
    acknowledged = 0
    while acknowledged < receivers:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        if client.blpop([ack_key], timeout=max(min(left, _BLPOP_SLICE), 0.01)) is not None:
            acknowledged += 1
    missing = receivers - acknowledged
    if missing:
        logger.warning(
            "Page cache purge: %d of %d app processes did not confirm within %.1f s; "
            "they may serve the purged pages until they do.",
            missing,
            receivers,
            ACK_SECONDS,
        )
    return missing
