"""Settings: defaults work offline; every bad value fails with one line naming the setting."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from orbis_export import conf

ROOT = Path(__file__).resolve().parent.parent


def _env(tmp_path, **values):
    return {"ORBIS_DATA_DIR": str(tmp_path), **values}


def test_defaults_work_offline_and_generate_local_secrets(tmp_path):
    settings = conf.load(_env(tmp_path))
    assert settings.mode == "local"
    assert settings.ceramic_url == conf.DEFAULT_CERAMIC_URL and settings.start_devnode
    assert settings.test_wallet_enabled
    assert (tmp_path / "secrets" / "orbis_secret_key").stat().st_mode & 0o077 == 0
    assert conf.load(_env(tmp_path)).secret_key == settings.secret_key  # kept, not regenerated
    assert "secret_key" not in repr(settings) and settings.secret_key.decode() not in repr(settings)


@pytest.mark.parametrize(
    "values, setting, words",
    [
        ({"ORBIS_MODEL_ID": "not-a-stream"}, "ORBIS_MODEL_ID", "not a Ceramic stream ID"),
        ({"ORBIS_CONTEXT_ID": "kjz"}, "ORBIS_CONTEXT_ID", "not a Ceramic stream ID"),
        ({"ORBIS_CERAMIC_URL": "ftp://x"}, "ORBIS_CERAMIC_URL", "http(s) URL"),
        ({"ORBIS_MODE": "production"}, "ORBIS_SECRET_KEY", "required when ORBIS_MODE=production"),
        ({"ORBIS_SECRET_KEY": "short"}, "ORBIS_SECRET_KEY", "Fernet key"),
        ({"ORBIS_SECRET_KEY": "A" * 43 + "=,short"}, "ORBIS_SECRET_KEY", "(key 2 of 2)"),
        ({"ORBIS_SYNC_CONCURRENCY": "0"}, "ORBIS_SYNC_CONCURRENCY", "between 1 and 64"),
        ({"ORBIS_SOURCE": "x" * 300}, "ORBIS_SOURCE", "up to 256 printable"),
        ({"ORBIS_SESSION_LIFETIME": "soon"}, "ORBIS_SESSION_LIFETIME", "duration"),
        ({"ORBIS_SESSION_LIFETIME": "30d"}, "ORBIS_SESSION_LIFETIME", "longer than ORBIS_SESSION_MAX_LIFETIME"),
        ({"PRIVY_APP_ID": "abc"}, "PRIVY_APP_ID", "25-character"),
        ({"ORBIS_SIGNER_FALLBACK": "service"}, "ORBIS_SERVICE_SEED", "required"),
        ({"ORBIS_SERVICE_SEED": "zz"}, "ORBIS_SERVICE_SEED", "64 hex"),
        ({"ORBIS_MODEL_SCHEMA": "{nope"}, "ORBIS_MODEL_SCHEMA", "not valid JSON"),
        ({"ORBIS_MODE": "production", "ORBIS_SECRET_KEY": "A" * 43 + "=", "ORBIS_TEST_WALLET": "1"},
         "ORBIS_TEST_WALLET", "cannot be enabled in production"),
        ({"ORBIS_MODE": "production", "ORBIS_SECRET_KEY": "A" * 43 + "="}, "ORBIS_PUBLIC_URL", "required"),
        ({"ORBIS_MODE": "production", "ORBIS_SECRET_KEY": "A" * 43 + "=", "ORBIS_PUBLIC_URL": "http://label.example"},
         "ORBIS_PUBLIC_URL", "must be https://"),
        ({"ORBIS_PUBLIC_URL": "https://label.example/app?x=1"}, "ORBIS_PUBLIC_URL", "no path, query or user"),
        ({"ORBIS_ALLOWED_NODE_URLS": "http://127.0.0.1:7007, ftp://x"}, "ORBIS_ALLOWED_NODE_URLS", "entry 2"),
        ({"ORBIS_MODE": "production", "ORBIS_SECRET_KEY": "A" * 43 + "=", "ORBIS_PUBLIC_URL": "https://label.example"},
         "SECRET_KEY", "required when ORBIS_MODE=production"),
        ({"ORBIS_DEVNODE_IPFS_PORT": "0"}, "ORBIS_DEVNODE_IPFS_PORT", "between 1 and 65535"),
        ({"ORBIS_DEVNODE_IPFS_PORT": "5O11"}, "ORBIS_DEVNODE_IPFS_PORT", "whole number"),
        ({"ORBIS_CERAMIC_URL": "http://127.0.0.1:7008", "ORBIS_DEVNODE_IPFS_PORT": "7008"}, "ORBIS_DEVNODE_IPFS_PORT",
         "must differ from the Ceramic port"),
    ],
)
def test_bad_values_name_their_setting(tmp_path, values, setting, words):
    with pytest.raises(conf.OrbisConfigError) as error:
        conf.load(_env(tmp_path, **values))
    assert error.value.setting == setting
    assert str(error.value).startswith(f"{setting}: ") and words in str(error.value)
    assert "\n" not in str(error.value)


def test_several_secret_keys_are_kept_in_order(tmp_path):
    from cryptography.fernet import Fernet

    new, old = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings = conf.load(_env(tmp_path, ORBIS_SECRET_KEY=f"{new}, {old}"))
    assert settings.secret_key == f"{new},{old}".encode()
    assert new not in repr(settings) and old not in repr(settings)


def test_real_stream_ids_are_accepted_and_a_truncated_one_is_not(tmp_path):
    model = "kjzl6hvfrbw6c8t3fajpujkiryv493d0wafz2wcfdsxtt46whv43uq5y52kqcp5"  # from the JS vectors
    assert conf.load(_env(tmp_path, ORBIS_MODEL_ID=model, ORBIS_CONTEXT_ID=model)).model_id == model
    with pytest.raises(conf.OrbisConfigError, match="ORBIS_MODEL_ID"):
        conf.load(_env(tmp_path, ORBIS_MODEL_ID=model[:-6]))  # looks like one, but the CID is cut short


def test_env_file_is_read_but_environment_wins(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text("# comment\nORBIS_SYNC_CONCURRENCY=3\nexport ORBIS_PORT='9090'\n")
    environ = {"ORBIS_PORT": "8181"}
    conf.read_env_file(env_file, environ)
    assert environ == {"ORBIS_PORT": "8181", "ORBIS_SYNC_CONCURRENCY": "3"}
    env_file.write_text("this is not a setting\n")
    with pytest.raises(conf.OrbisConfigError, match=r"ORBIS_ENV_FILE: .*\.env:1"):
        conf.read_env_file(env_file, {})


def _manage(tmp_path, *args, **values):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ORBIS_", "PRIVY_", "DJANGO_SETTINGS"))}
    env.update({"ORBIS_DATA_DIR": str(tmp_path), "ORBIS_ENV_FILE": os.devnull, **values})
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


@pytest.mark.parametrize(
    "values, setting",
    [
        ({"ORBIS_MODEL_ID": "bad"}, "ORBIS_MODEL_ID"),
        ({"ORBIS_MODE": "production"}, "ORBIS_SECRET_KEY"),
        # nothing listens on port 9 of loopback: an unreachable node
        ({"ORBIS_CERAMIC_URL": "http://127.0.0.1:9", "ORBIS_DEVNODE": "0"}, "ORBIS_CERAMIC_URL"),
    ],
)
def test_startup_fails_with_one_clear_line(tmp_path, values, setting):
    result = _manage(tmp_path, "orbis_run", "--check", **values)
    assert result.returncode != 0
    error_lines = [line for line in result.stderr.splitlines() if setting in line]
    assert len(error_lines) == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_an_unreachable_loopback_node_says_what_to_do(tmp_path):
    """Another Ceramic port with the local node turned off: the one line says how to have `make run` start it,
    and names the URL once (not "… unreachable at X (… unreachable at X …)")."""
    url = "http://127.0.0.1:9"  # nothing listens on port 9 of loopback
    result = _manage(tmp_path, "orbis_run", "--check", ORBIS_CERAMIC_URL=url, ORBIS_DEVNODE="0")
    line = next(line for line in result.stderr.splitlines() if "ORBIS_CERAMIC_URL" in line)
    assert "ORBIS_DEVNODE=1" in line and line.count(url) == 1, line
    remote = _manage(tmp_path, "orbis_run", "--check", ORBIS_CERAMIC_URL="http://192.0.2.1:7007",  # TEST-NET-1
                     ORBIS_DEVNODE="0")
    line = next(line for line in remote.stderr.splitlines() if "ORBIS_CERAMIC_URL" in line)
    assert "ORBIS_DEVNODE=1" not in line and "point ORBIS_CERAMIC_URL at a running one" in line, line


@pytest.mark.parametrize(
    "values, starts",
    [
        ({}, True),
        ({"ORBIS_CERAMIC_URL": "http://127.0.0.1:7008"}, True),  # another port: still the local node
        ({"ORBIS_CERAMIC_URL": "http://localhost:7010/"}, True),
        ({"ORBIS_CERAMIC_URL": "http://[::1]:7011"}, True),
        ({"ORBIS_CERAMIC_URL": "http://127.0.0.1:7008", "ORBIS_DEVNODE": "0"}, False),  # a node of one's own
        ({"ORBIS_CERAMIC_URL": "https://ceramic.example.org"}, False),
        ({"ORBIS_CERAMIC_URL": "http://10.1.2.3:7007"}, False),
        ({"ORBIS_CERAMIC_URL": "http://127.0.0.1.example.org:7007"}, False),
        ({"ORBIS_CERAMIC_URL": "https://ceramic.example.org", "ORBIS_DEVNODE": "1"}, True),
    ],
)
def test_the_local_node_starts_for_any_loopback_url_in_local_mode(tmp_path, values, starts):
    assert conf.load(_env(tmp_path, **values)).start_devnode is starts


def test_the_ipfs_port_of_the_local_node_is_a_setting(tmp_path):
    assert conf.load(_env(tmp_path)).devnode_ipfs_port is None  # orbis_run: 5011, or a free port if taken
    assert conf.load(_env(tmp_path, ORBIS_DEVNODE_IPFS_PORT="5022")).devnode_ipfs_port == 5022


def test_django_secret_key_is_generated_once_in_local_mode_and_handed_to_label_studio(tmp_path):
    first = conf.load(_env(tmp_path))
    key_file = tmp_path / "secrets" / "django_secret_key"
    assert len(first.django_secret_key) >= 50 and key_file.stat().st_mode & 0o077 == 0
    assert conf.load(_env(tmp_path)).django_secret_key == first.django_secret_key  # kept across restarts
    assert first.django_secret_key not in repr(first)
    environ = {}
    conf.label_studio_environment(first, environ)
    assert environ["SECRET_KEY"] == first.django_secret_key
    # an explicit SECRET_KEY wins over the generated one, and is required in production
    mine = conf.load(_env(tmp_path, SECRET_KEY="k" * 60))
    assert mine.django_secret_key == "k" * 60
    production = _env(tmp_path, ORBIS_MODE="production", ORBIS_SECRET_KEY="A" * 43 + "=",
                      ORBIS_PUBLIC_URL="https://label.example", ORBIS_TEST_WALLET="0", SECRET_KEY="p" * 60)
    assert conf.load(production).django_secret_key == "p" * 60


def test_django_secret_key_takes_over_the_one_label_studio_generated_before(tmp_path):
    """An existing data dir keeps its logins: the key Label Studio wrote into its own .env is adopted."""
    ls_env = tmp_path / "label-studio" / ".env"
    ls_env.parent.mkdir()
    ls_env.write_text("\nSECRET_KEY=earlier-label-studio-key-0123456789abcdefghijklmnop\n")
    assert conf.load(_env(tmp_path)).django_secret_key == "earlier-label-studio-key-0123456789abcdefghijklmnop"
    ls_env.unlink()
    assert conf.load(_env(tmp_path)).django_secret_key.startswith("earlier-")  # now ours, in the data dir


def test_orbisdb_admin_session_is_validated_and_kept_out_of_repr(tmp_path):
    from eth_account import Account

    from tests.unit.ceramic.conftest import make_session

    serialized = make_session(Account.from_key("0x" + "33" * 32)).serialize()
    with pytest.raises(conf.OrbisConfigError, match="^ORBIS_ORBISDB_ADMIN_SESSION: set ORBIS_ORBISDB_URL"):
        conf.load(_env(tmp_path, ORBIS_ORBISDB_ADMIN_SESSION=serialized))
    with pytest.raises(conf.OrbisConfigError, match="^ORBIS_ORBISDB_ADMIN_SESSION: not a serialized did-session"):
        conf.load(_env(tmp_path, ORBIS_ORBISDB_URL="http://127.0.0.1:7008", ORBIS_ORBISDB_ADMIN_SESSION="nope"))
    settings = conf.load(_env(tmp_path, ORBIS_ORBISDB_URL="http://127.0.0.1:7008/",
                              ORBIS_ORBISDB_ADMIN_SESSION=serialized))
    assert settings.orbisdb_url == "http://127.0.0.1:7008" and settings.orbisdb_admin_session == serialized
    assert serialized not in repr(settings)


def test_redis_location_is_validated(tmp_path):
    assert conf.load(_env(tmp_path)).redis_location == ""
    url = "redis://127.0.0.1:6390/1"
    assert conf.load(_env(tmp_path, REDIS_LOCATION=url)).redis_location == url
    with pytest.raises(conf.OrbisConfigError, match="^REDIS_LOCATION: expected redis://"):
        conf.load(_env(tmp_path, REDIS_LOCATION="127.0.0.1:6379"))


def test_public_url_defaults_to_the_local_address_and_node_urls_are_normalized(tmp_path):
    local = conf.load(_env(tmp_path, ORBIS_PORT="8099", ORBIS_ALLOWED_NODE_URLS="https://node.example/ ,"))
    assert (local.public_url, local.public_host) == ("http://127.0.0.1:8099", "127.0.0.1")
    assert local.allowed_node_urls == ("https://node.example",)
    hosted = conf.load(_env(tmp_path, ORBIS_PUBLIC_URL="https://Label.Example:8443/"))
    assert (hosted.public_url, hosted.public_host) == ("https://label.example:8443", "label.example")

