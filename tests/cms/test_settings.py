"""Production settings refuse to start without their secrets and pass Django's deploy check; headers."""

import json
import os
import runpy
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "jembatan.example.org, www.jembatan.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://jembatan.example.org",
    "DATABASE_URL": "postgres://jembatan@db.example.org:5432/jembatan",
}


def production_settings(monkeypatch, **env):
    for name in PRODUCTION_ENV:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_module("cms.settings.production")


def test_production_reads_hosts_origins_and_database_from_environment():
    script = (
        "import json; from django.conf import settings; db = settings.DATABASES['default']; "
        "print(json.dumps([settings.ALLOWED_HOSTS, settings.CSRF_TRUSTED_ORIGINS, db['ENGINE'], db['HOST'], "
        "settings.DEBUG, settings.SECRET_KEY]))"
    )

    result = run_manage("shell", "--no-imports", "-c", script, **PRODUCTION_ENV)

    assert json.loads(result.stdout) == [
        ["jembatan.example.org", "www.jembatan.example.org"],
        ["https://jembatan.example.org"],
        "django.db.backends.postgresql",
        "db.example.org",
        False,
        PRODUCTION_ENV["SECRET_KEY"],
    ]


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without(monkeypatch, missing):
    env = {name: value for name, value in PRODUCTION_ENV.items() if name != missing}

    with pytest.raises(ImproperlyConfigured) as error:
        production_settings(monkeypatch, **env)

    assert str(error.value) == f"Set the {missing} environment variable to run in production."


def run_manage(*args, **env):
    clean = {key: value for key, value in os.environ.items() if key not in PRODUCTION_ENV}
    clean.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "cms.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_deploy_check_passes_with_warnings_as_failures(tmp_path):
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        **{**PRODUCTION_ENV, "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy.sqlite3'}"},
    )

    assert (result.returncode, result.stdout.strip()) == (
        0,
        "System check identified no issues (0 silenced).",
    )


def test_production_process_without_secret_key_exits_with_message():
    env = {name: value for name, value in PRODUCTION_ENV.items() if name != "SECRET_KEY"}

    result = run_manage("check", **env)

    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == (
        "django.core.exceptions.ImproperlyConfigured: "
        "Set the SECRET_KEY environment variable to run in production."
    )


@pytest.mark.django_db
def test_public_page_sends_security_headers_and_csp(client):
    response = client.get("/id/")

    headers = {
        name: response.headers.get(name)
        for name in (
            "X-Content-Type-Options",
            "Referrer-Policy",
            "Cross-Origin-Opener-Policy",
            "X-Frame-Options",
        )
    }
    assert headers == {
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
        "Cross-Origin-Opener-Policy": "same-origin",
        "X-Frame-Options": "DENY",
    }
    policy = dict(
        directive.strip().split(" ", 1)
        for directive in response.headers["Content-Security-Policy"].split(";")
    )
    assert (policy["default-src"], policy["object-src"], policy["frame-ancestors"]) == (
        "'self'",
        "'none'",
        "'none'",
    )
    assert policy["script-src"] == "'self'"  # a nonce is added only when a template uses it


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/admin/login/", "/admin/"])
def test_admin_has_no_content_security_policy(client, url):
    response = client.get(url)

    assert "Content-Security-Policy" not in response.headers
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_system_check_passes_on_the_database_the_suite_runs_on():
    # `make test-postgres` runs this on PostgreSQL, whose checks differ from SQLite's.
    call_command("check", fail_level="WARNING")
