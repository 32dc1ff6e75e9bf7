"""The fixture that tools/jsvectors/verify_python.mjs checks with the JS libraries must be exactly what
the current code makes; otherwise that check would be about old code."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_committed_python_fixture_is_current():
    spec = importlib.util.spec_from_file_location("make_python_fixture", ROOT / "tools/jsvectors/make_python_fixture.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = (ROOT / "tests/vectors/ceramic_python.json").read_text()
    assert module.render() == committed, "run: .venv/bin/python tools/jsvectors/make_python_fixture.py, then node verify_python.mjs"
