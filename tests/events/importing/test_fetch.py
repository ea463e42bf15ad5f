"""URL import against a real HTTP server on loopback, serving saved pages from tmp_path."""

import functools
import shutil
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.test import override_settings

from events.importing.fetch import fetch_url
from events.importing.read import read_url
from events.importing.validate import ImportRefused

PAGE = Path(__file__).resolve().parents[2] / "fixtures_import" / "article_oriental.html"


class Handler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article.html")
            self.end_headers()
            return
        if self.path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(20):
                self.wfile.write(b"<p>" + "بطيء ".encode() * 100 + b"</p>")
                self.wfile.flush()
                time.sleep(0.1)
            return
        super().do_GET()


@pytest.fixture
def server(tmp_path):
    shutil.copy(PAGE, tmp_path / "article.html")
    (tmp_path / "big.txt").write_bytes("ك".encode() * 5000)
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    httpd = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Handler, directory=str(tmp_path))
    )
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_page_is_fetched_and_read_as_an_article(server):
    source = read_url(server + "/article.html")
    assert source.title == "غرفة التجارة والصناعة والخدمات للشرق تستضيف لقاءً جهوياً لدعم التعاونيات"
    assert source.source_url == server + "/article.html"
    assert source.outlet == "الشرق اليوم"


def test_redirects_are_followed(server):
    assert fetch_url(server + "/redirect").url == server + "/article.html"


@pytest.mark.parametrize(
    ("path", "code"),
    [
        pytest.param("/missing.html", "fetch", id="404"),
        pytest.param("/image.png", "unsupported", id="not-text"),
    ],
)
def test_pages_that_are_not_articles_are_refused(server, path, code):
    with pytest.raises(ImportRefused) as refused:
        read_url(server + path)
    assert refused.value.code == code


@override_settings(IMPORT_MAX_BYTES=1000)
def test_body_over_the_size_limit_is_refused(server):
    with pytest.raises(ImportRefused) as refused:
        fetch_url(server + "/big.txt")
    assert refused.value.code == "too_large"


@override_settings(IMPORT_FETCH_TIMEOUT=0.5)
def test_slow_server_hits_the_time_limit(server):
    with pytest.raises(ImportRefused) as refused:
        fetch_url(server + "/slow")
    assert refused.value.code == "timeout"


@override_settings(IMPORT_ALLOW_PRIVATE_URLS=False)
@pytest.mark.parametrize(
    "url",
    [
        pytest.param("http://127.0.0.1:9/x", id="loopback"),
        pytest.param("http://localhost:9/x", id="localhost-name"),
        pytest.param("http://[::1]:9/x", id="ipv6-loopback"),
        pytest.param("http://10.1.2.3/x", id="private-10"),
        pytest.param("http://192.168.0.1/x", id="private-192"),
        pytest.param("http://169.254.169.254/latest/meta-data/", id="link-local-metadata"),
        pytest.param("http://0.0.0.0/x", id="unspecified"),
    ],
)
def test_private_loopback_and_link_local_addresses_are_refused(url):
    with pytest.raises(ImportRefused) as refused:
        fetch_url(url)
    assert refused.value.code == "private_url"


@override_settings(IMPORT_ALLOW_PRIVATE_URLS=False)
def test_redirect_to_a_private_address_is_refused_when_private_urls_are_not_allowed(server):
    # The server itself is on loopback, so the first hop is refused before any redirect.
    with pytest.raises(ImportRefused) as refused:
        fetch_url(server + "/redirect")
    assert refused.value.code == "private_url"


@pytest.mark.parametrize(
    "url",
    [
        pytest.param("file:///etc/passwd", id="file"),
        pytest.param("ftp://example.org/a.txt", id="ftp"),
        pytest.param("gopher://example.org/", id="gopher"),
        pytest.param("http:///nohost", id="no-host"),
    ],
)
def test_only_http_and_https_are_fetched(url):
    with pytest.raises(ImportRefused) as refused:
        fetch_url(url)
    assert refused.value.code == "bad_url"
