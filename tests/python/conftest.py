from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def article() -> str:
    return (ROOT / "examples" / "artykul.txt").read_text(encoding="utf-8")
