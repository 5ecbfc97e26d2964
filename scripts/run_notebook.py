"""Execute a notebook with a real kernel; fail on the first error.

    python scripts/run_notebook.py examples/quickstart.ipynb
"""

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient


def main() -> int:
    path = Path(sys.argv[1])
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    print(f"{path}: {sum(c.cell_type == 'code' for c in nb.cells)} code cells ran")
    return 0


if __name__ == "__main__":
    sys.exit(main())
