"""The fetch's timeout is one deadline for the whole exchange, against a real server on
loopback that sends a byte every half second: in its status line, its headers or its body."""

import socket
import threading
import time

import pytest
from django.test import override_settings

from events.importing.fetch import fetch_url
from events.importing.validate import ImportRefused

BODY = ("<html><body><p>" + "نص بطيء " * 5 + "</p></body></html>").encode()
HEAD = (
    b"HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nX-Pad: "
    + b"x" * 40
    + b"\r\n\r\n"
)


class Trickle:
    """Answers every connection with `fast` at once, then `slow` one byte per `pause` s,
    counting the slow bytes the client took before it hung up."""

    def __init__(self, fast: bytes, slow: bytes, pause: float = 0.5):
        self.fast, self.slow, self.pause = fast, slow, pause
        self.sent = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        conn, _ = self.listener.accept()
        with conn:
            conn.recv(4096)
            try:
                conn.sendall(self.fast)
                for byte in self.slow:
                    time.sleep(self.pause)
                    conn.sendall(bytes([byte]))
                    self.sent += 1
            except OSError:
                return  # the client hung up: what it cost us is in self.sent

    def close(self):
        self.thread.join(timeout=60)
        self.listener.close()


@pytest.mark.parametrize(
    "fast,slow",
    [
        pytest.param(b"", HEAD + BODY, id="status-line"),
        pytest.param(HEAD[:17], HEAD[17:] + BODY, id="headers"),
        pytest.param(HEAD, BODY, id="body"),
    ],
)
@override_settings(IMPORT_FETCH_TIMEOUT=1.5)
def test_a_trickling_server_is_cut_at_the_deadline(fast, slow):
    server = Trickle(fast, slow)
    try:
        with pytest.raises(ImportRefused) as refused:
            fetch_url(f"http://127.0.0.1:{server.port}/article.html")
    finally:
        server.close()
    assert refused.value.code == "timeout", refused.value.message
    # At two bytes a second, a 1.5 s deadline lets a handful through, not the whole answer.
    assert server.sent < 8 < len(slow), server.sent
