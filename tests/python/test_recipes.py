"""The README's recipes for more than one machine, run as written."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def recipe(name: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(# recipe: (\w+)\n.*?)```", readme, flags=re.S)
    found = {n: code for code, n in blocks}
    assert name in found, f"no '# recipe: {name}' block in the README"
    return found[name]


def run(name: str, tmp_path: Path) -> str:
    script = tmp_path / f"recipe_{name}.py"
    script.write_text(recipe(name), encoding="utf-8")
    env = {**os.environ, "RECIPE_ARTICLES": "300"}
    done = subprocess.run(
        [sys.executable, str(script)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_dask_recipe(tmp_path: Path) -> None:
    pytest.importorskip("dask.dataframe")
    pytest.importorskip("distributed")
    out = run("dask", tmp_path)
    assert re.search(r"dask: 300 articles, .* 2400 quotes, [\d.]+ MB/s", out), out


def test_spark_recipe(tmp_path: Path) -> None:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("PySpark needs a Java runtime, and none is installed")
    out = run("spark", tmp_path)
    assert re.search(r"spark: 300 articles, .* 2400 quotes, [\d.]+ MB/s", out), out
