"""Fetching an article by URL, bounded: the server must not become a proxy into our network.

http and https only; every address a name resolves to must be public (unless
IMPORT_ALLOW_PRIVATE_URLS), and the connection goes to the address that was checked, so a
second DNS answer cannot send it elsewhere; redirects are checked the same way; the body is
read up to IMPORT_MAX_BYTES (or the caller's `max_bytes`) within IMPORT_FETCH_TIMEOUT seconds.

The collector (collect/) fetches feeds through it too, with its own Accept header and the
conditional headers of its last fetch (If-None-Match, If-Modified-Since): a 304 answer is a
`Fetched` with `not_modified` and no body.

The timeout is one wall-clock deadline for the whole fetch, redirects, status line and headers
included: a socket timeout alone bounds each read, and a server sending a byte every half
second never trips it. A timer shuts the connection down at the deadline, which ends any read
in progress.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from django.conf import settings

from events.importing.validate import ImportRefused, too_large

MAX_REDIRECTS = 5
USER_AGENT = "MultaqaImporter/1.0 (+article import for editors)"
ACCEPT_PAGES = "text/html,text/plain,*/*"


@dataclass(frozen=True)
class Fetched:
    url: str
    data: bytes
    content_type: str
    charset: str | None
    status: int = 200
    # The answer's headers, names in lower case (http.client bounds their number and size).
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")


def _refuse(message: str, code: str = "fetch") -> ImportRefused:
    return ImportRefused(message, code=code)


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def resolve(host: str, port: int) -> list[str]:
    """The addresses of `host`, all of them checked: one private address refuses the URL."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise _refuse(f"تعذّر العثور على الخادم {host}.") from error
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not settings.IMPORT_ALLOW_PRIVATE_URLS:
        for address in addresses:
            if not _is_public(address):
                raise _refuse(
                    "العنوان يشير إلى شبكة داخلية أو محلية، ولا يُسمح بجلبه.", code="private_url"
                )
    return addresses


class _Deadline:
    """Shuts down the fetch's sockets when its time is up.

    It holds a duplicate of each socket's descriptor: shutting it down ends the connection
    under every descriptor, the one TLS wraps included, so a slow handshake is cut too.
    """

    def __init__(self, seconds: float) -> None:
        self.at = time.monotonic() + seconds
        self.passed = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._cut)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock.dup())
            passed = self.passed
        if passed:
            self._cut()

    def _cut(self) -> None:
        with self._lock:
            self.passed = True
            for sock in self._sockets:
                with contextlib.suppress(OSError):  # the connection is already gone
                    sock.shutdown(socket.SHUT_RDWR)

    def remaining(self) -> float:
        remaining = self.at - time.monotonic()
        if remaining <= 0 or self.passed:
            raise _timeout()
        return remaining

    def close(self) -> None:
        self._timer.cancel()
        with self._lock:
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()


def _connection(scheme: str, host: str, port: int, address: str, deadline: _Deadline):
    timeout = deadline.remaining()
    if scheme == "https":
        conn = http.client.HTTPSConnection(
            host, port, timeout=timeout, context=ssl.create_default_context()
        )
    else:
        conn = http.client.HTTPConnection(host, port, timeout=timeout)

    # Connect to the address we vetted, while TLS and the Host header still use the name.
    def create_connection(_address, *args, **kwargs):
        sock = socket.create_connection((address, port), *args, **kwargs)
        deadline.watch(sock)
        return sock

    conn._create_connection = create_connection
    return conn


def fetch_url(
    url: str,
    *,
    headers: dict[str, str] | None = None,
    accept: str = ACCEPT_PAGES,
    max_bytes: int | None = None,
) -> Fetched:
    """The answer to a GET of `url`; `headers` are sent besides ours (conditional ones)."""
    deadline = _Deadline(settings.IMPORT_FETCH_TIMEOUT)
    sent = {"User-Agent": USER_AGENT, "Accept": accept, **(headers or {})}
    try:
        return _fetch(url, deadline, sent, max_bytes or settings.IMPORT_MAX_BYTES)
    finally:
        deadline.close()


def _fetch(url: str, deadline: _Deadline, sent: dict[str, str], limit: int) -> Fetched:
    for _ in range(MAX_REDIRECTS + 1):
        parts = urlsplit(url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise _refuse("يُقبل فقط رابط يبدأ بـ http:// أو https://.", code="bad_url")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as error:
            raise _refuse("رقم المنفذ في الرابط غير صالح.", code="bad_url") from error
        address = resolve(parts.hostname, port)[0]
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        conn = _connection(parts.scheme, parts.hostname, port, address, deadline)
        try:
            conn.request("GET", path, headers=sent)
            response = conn.getresponse()
            answered = {name.lower(): value for name, value in response.getheaders()}
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise _refuse("أعاد الخادم توجيهاً بلا عنوان.")
                url = urljoin(url, location)
                continue
            if response.status == 304:
                return Fetched(
                    url=url, data=b"", content_type="", charset=None, status=304, headers=answered
                )
            if response.status != 200:
                raise _refuse(f"أجاب الخادم بالرمز {response.status}: تعذّر جلب الصفحة.")
            length = response.getheader("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise too_large(limit)
            chunks: list[bytes] = []
            size = 0
            while True:
                deadline.remaining()
                chunk = response.read1(64 * 1024)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise too_large(limit)
                chunks.append(chunk)
            deadline.remaining()  # a cut connection reads as a short body
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
            return Fetched(
                url=url,
                data=b"".join(chunks),
                content_type=content_type,
                charset=charset,
                headers=answered,
            )
        except TimeoutError as error:
            raise _timeout() from error
        except (OSError, http.client.HTTPException) as error:
            if deadline.passed:
                raise _timeout() from error
            raise _refuse(f"تعذّر الاتصال بالخادم: {error}") from error
        finally:
            conn.close()
    raise _refuse("تجاوز الرابط عدد التحويلات المسموح به.")


def _timeout() -> ImportRefused:
    return _refuse("انتهت مهلة جلب الصفحة.", code="timeout")
