#!/usr/bin/env bash
# The whole test suite: Rust checks and tests, then the Python package in a
# venv of its own (built with maturin), its tests, stub check and notebook.
# Works on a fresh machine with a Rust toolchain and Python >= 3.10.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "cargo fmt"
cargo fmt --all -- --check
step "cargo clippy"
cargo clippy --all-targets --features cli,parallel -- -D warnings
cargo clippy --lib --features python -- -D warnings
cargo clippy --lib --no-default-features -- -D warnings
step "cargo test (default features: parallel; cli on)"
cargo test --quiet --features cli,parallel
step "cargo doc"
RUSTDOCFLAGS="-D warnings" cargo doc --quiet --no-deps
step "pure-Rust build does not compile pyo3"
if cargo tree -e normal --prefix none | grep -q '^pyo3'; then
  echo "pyo3 is in the default dependency tree" >&2
  exit 1
fi

step "Python venv"
VENV="${KROPKA_VENV:-.venv}"
PYTHON="${PYTHON:-python3}"
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet "maturin>=1.5,<2" pytest hypothesis pandas mypy nbclient nbformat ipykernel \
  check-jsonschema zizmor "spacy>=3.5,<4" pyarrow "dask[distributed,dataframe]"
# PySpark (a large download) only where Java can run it; its recipe test skips otherwise.
if command -v java >/dev/null 2>&1; then
  "$VENV/bin/python" -m pip install --quiet pyspark
fi
step "maturin develop --release"
(. "$VENV/bin/activate" && maturin develop --release --quiet)
step "pytest"
"$VENV/bin/python" -m pytest -q tests/python
step "stubtest and mypy"
"$VENV/bin/python" -m mypy.stubtest kropka --mypy-config-file pyproject.toml \
  --allowlist tests/python/stubtest-allowlist.txt
"$VENV/bin/python" -m mypy --config-file pyproject.toml python/kropka
step "notebook"
"$VENV/bin/python" scripts/run_notebook.py examples/quickstart.ipynb
step "GitHub workflows: schema and zizmor"
"$VENV/bin/check-jsonschema" --builtin-schema vendor.github-workflows .github/workflows/*.yml
"$VENV/bin/zizmor" --offline --quiet .github/workflows
step "all tests passed"
