"""``archcite check-urls`` against a loopback HTTP server (never the internet)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from archcite.cli import main


class _Handler(BaseHTTPRequestHandler):
    def do_HEAD(self) -> None:
        self.send_response(200 if self.path == "/ok" else 404)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        self.do_HEAD()

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_broken_link_fails_the_run(server: str, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "r.yaml").write_text(
        f"- {{id: good, title: A, url: '{server}/ok'}}\n"
        f"- {{id: gone, title: B, url: '{server}/gone'}}\n", encoding="utf-8")
    code = main(["check-urls", "--allow-private", "--output-format", "json", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 1
    text = json.dumps(json.loads(out))
    assert f"{server}/gone" in text and "broken" in text


def test_working_links_pass(server: str, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "r.yaml").write_text(f"id: good\ntitle: A\nurl: '{server}/ok'\n",
                                     encoding="utf-8")
    assert main(["check-urls", "--allow-private", str(tmp_path)]) == 0
    assert f"{server}/ok" in capsys.readouterr().out
