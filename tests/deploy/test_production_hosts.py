"""The production path end to end: `make serve`, and two web hosts sharing PostgreSQL and Redis.

One PostgreSQL database of its own per run (like tests/conftest.py's test databases) and a
Redis key prefix of its own, both removed at the end. `make serve` runs exactly as an
operator runs it (deploy check, collectstatic, migrate, gunicorn with gunicorn.conf.py);
a second gunicorn then serves the same database and Redis on another port.
"""

import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
PASSWORD = secrets.token_urlsafe(16)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def postgres_url():
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        pytest.skip("needs PostgreSQL: two hosts share one database server (make test-postgres runs it)")
    return url


def redis_client():
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1, socket_timeout=2)
    try:
        client.ping()
    except redis.RedisError as error:
        message = f"needs Redis at {REDIS_URL} ({error}); .ci/run starts it"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return client


def with_database(url, name):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def admin_sql(url, statement):
    import psycopg

    with psycopg.connect(url, autocommit=True, connect_timeout=5) as connection:
        connection.execute(statement)


def wait_for(url, process, log, seconds=300):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the server stopped ({process.returncode}):\n{log.read_text()[-3000:]}")
        try:
            if requests.get(url, timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    pytest.fail(f"{url} did not answer within {seconds} s:\n{log.read_text()[-3000:]}")


def start(command, env, log):
    return subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: make, gunicorn and its workers stop together
    )


def stop(process):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@pytest.fixture(scope="module")
def production(tmp_path_factory):
    """`make serve` on its own database and Redis prefix; yields (env, base URL)."""
    server_url = postgres_url()
    cache = redis_client()
    folder = tmp_path_factory.mktemp("production")
    run = uuid.uuid4().hex[:10]
    database = f"jembatan_hosts_{run}"
    prefix = f"jembatan-test-{run}"
    admin_sql(server_url, f'CREATE DATABASE "{database}"')
    port = free_port()
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "PYTEST_"))},
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": with_database(server_url, database),
        "CACHE_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": prefix,
        "PAGE_CACHE_SECONDS": "600",
        "STATIC_ROOT": str(folder / "static"),
        "MEDIA_ROOT": str(folder / "media"),
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "2",
        "GUNICORN_ACCESS_LOG": "",
        "LOG_LEVEL": "ERROR",
    }
    log = folder / "serve.log"
    server = start(["make", "--no-print-directory", "serve"], env, log)
    try:
        wait_for(f"http://127.0.0.1:{port}/health/", server, log)
        yield env, f"http://127.0.0.1:{port}"
    finally:
        stop(server)
        keys = list(cache.scan_iter(match=f"{prefix}*", count=1000))
        if keys:
            cache.delete(*keys)
        admin_sql(server_url, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def test_make_serve_serves_a_page_static_files_and_the_admin_login(production):
    _env, base = production

    page = requests.get(f"{base}/id/", timeout=10)
    stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', page.text).group(1)
    static = requests.get(f"{base}{stylesheet}", headers={"Accept-Encoding": "gzip"}, timeout=10)
    login = requests.get(f"{base}/admin/login/", timeout=10)

    assert (page.status_code, "Jembatan" in page.text) == (200, True)
    assert (static.status_code, static.headers["Cache-Control"], static.headers["Content-Encoding"]) == (
        200,
        "max-age=315360000, public, immutable",
        "gzip",
    )
    assert (login.status_code, 'name="username"' in login.text) == (200, True)


def manage_shell(env, code):
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


SETUP = f"""
from django.contrib.auth import get_user_model
from cms.models import HomePage, StandardPage
home = HomePage.objects.get(locale__language_code="id")
page = StandardPage(title="Tentang versi satu", slug="tentang-dua-host", summary="Dua host.")
home.add_child(instance=page)
page.save_revision().publish()
page.title = "Tentang versi dua"
page.save_revision()
get_user_model().objects.create_superuser("hosts", "hosts@example.org", "{PASSWORD}")
print(page.pk, page.url)
"""


def csrf_token(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


class Browser:
    """Keeps cookies by hand: production marks them Secure, and these hosts speak plain HTTP."""

    def __init__(self, base):
        self.base = base
        self.cookies = {}

    def request(self, method, path, **kwargs):
        response = requests.request(
            method, f"{self.base}{path}", cookies=self.cookies, allow_redirects=False, timeout=30, **kwargs
        )
        self.cookies.update({cookie.name: cookie.value for cookie in response.cookies})
        return response


def test_a_publish_on_one_host_is_seen_at_once_on_the_other(production, tmp_path):
    env, first = production
    port = free_port()
    log = tmp_path / "second.log"
    second_host = start(
        [str(Path(sys.executable).parent / "gunicorn"), "--config", "gunicorn.conf.py"],
        {**env, "GUNICORN_BIND": f"127.0.0.1:{port}"},
        log,
    )
    try:
        second = f"http://127.0.0.1:{port}"
        wait_for(f"{second}/health/", second_host, log)
        page_id, url = manage_shell(env, SETUP).split()
        before = [requests.get(f"{second}{url}", timeout=10) for _ in range(2)]

        editor = Browser(first)
        form = editor.request("GET", "/admin/login/")
        login = editor.request(
            "POST",
            "/admin/login/",
            data={"username": "hosts", "password": PASSWORD, "csrfmiddlewaretoken": csrf_token(form.text)},
        )
        publish_path = f"/admin/bulk/wagtailcore/page/publish/?id={page_id}"
        confirm = editor.request("GET", publish_path)
        token = csrf_token(confirm.text)
        published = editor.request("POST", publish_path, data={"csrfmiddlewaretoken": token})
        after = requests.get(f"{second}{url}", timeout=10)
    finally:
        stop(second_host)

    assert [(response.status_code, response.headers.get("X-Page-Cache")) for response in before] == [
        (200, "miss"),
        (200, "hit"),
    ]
    old_title_cached = "Tentang versi satu" in before[1].text
    assert (old_title_cached, login.status_code, published.status_code) == (True, 302, 302)
    assert (after.status_code, "Tentang versi dua" in after.text, after.headers.get("X-Page-Cache")) == (
        200,
        True,
        "miss",
    )


def test_gunicorn_refuses_to_start_without_collected_static_files(tmp_path):
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "PYTEST_"))},
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": str(tmp_path / "never-collected"),
        "GUNICORN_BIND": f"127.0.0.1:{free_port()}",
    }

    result = subprocess.run(
        [str(Path(sys.executable).parent / "gunicorn"), "--config", "gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    manifest = tmp_path / "never-collected" / "staticfiles.json"
    assert (result.returncode, result.stderr.strip().splitlines()[-1]) == (
        1,
        f"Static files are not collected: {manifest} is missing. Run "
        "`python manage.py collectstatic --noinput` (make serve does) and start again.",
    )
