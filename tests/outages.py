"""Real outages for tests: a Redis server we start and kill, a server that accepts connections
and never answers, one that answers one byte at a time, and a TCP proxy in front of PostgreSQL
that can refuse connections, cut them, or cut one right after it forwarded a COMMIT (the commit
happens; its answer is lost)."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import threading
import time

import pytest


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    """A redis-server of our own on a free port (so killing it disturbs nobody else)."""

    def __init__(self):
        if shutil.which("redis-server") is None:
            pytest.skip("redis-server is not installed")
        self.port = free_port()
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(
                    ("127.0.0.1", self.port), timeout=0.2):
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("redis-server did not start")

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/5"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


class LocalServer:
    """A TCP server on a free loopback port; each connection goes to `handle` in a thread."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connections: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            self.connections.append(connection)
            threading.Thread(target=self.handle, args=(connection,), daemon=True).start()

    def handle(self, connection: socket.socket) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.listener.close()
        for connection in self.connections:
            with contextlib.suppress(OSError):
                connection.close()


class SilentServer(LocalServer):
    """Accepts TCP connections and never sends a byte (a hung Redis or registry)."""

    def handle(self, connection):
        pass  # kept open, never answered


class TricklingServer(LocalServer):
    """Answers every request with an HTTP response sent one byte every `interval` seconds."""

    def __init__(self, interval: float):
        self.interval = interval
        super().__init__()
        self.url = f"http://127.0.0.1:{self.port}/api/"

    def handle(self, connection):
        body = b'{"result_count": 0, "results": []}'
        answer = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + \
            str(len(body)).encode() + b"\r\n\r\n" + body
        try:
            connection.recv(65536)
            for byte in answer:
                connection.sendall(bytes([byte]))
                time.sleep(self.interval)
        except OSError:
            pass
        finally:
            connection.close()


class PgProxy(LocalServer):
    """127.0.0.1:<port> -> PostgreSQL. `mode`: "pass", "refuse" (connections are closed at
    once), or "drop_after_commit" (the next COMMIT reaches the server, then the client's
    connection is cut before the answer)."""

    def __init__(self, target_port: int = 5432):
        self.target_port = target_port
        self.mode = "pass"
        self.commits_dropped = 0
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._lock = threading.Lock()
        super().__init__()

    def handle(self, client):
        if self.mode == "refuse":
            client.close()
            return
        server = socket.create_connection(("127.0.0.1", self.target_port))
        with self._lock:
            self._pairs.append((client, server))
        threading.Thread(target=self._pipe, args=(server, client, False), daemon=True).start()
        self._pipe(client, server, True)

    def _pipe(self, source, sink, to_server: bool):
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                sink.sendall(data)
                if to_server and self.mode == "drop_after_commit" and b"COMMIT\x00" in data:
                    self.mode = "pass"
                    self.commits_dropped += 1
                    source.close()  # the app never hears back; the server commits
                    time.sleep(0.5)
                    sink.close()
                    return
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.close()

    def cut_all(self) -> None:
        """Close every proxied connection (what a PostgreSQL restart does to clients)."""
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for pair in pairs:
            for end in pair:
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)
                    end.close()

    def close(self) -> None:
        super().close()
        self.cut_all()
