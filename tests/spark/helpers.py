"""Running ``faits`` as a user does, and telling whether Spark can run on this machine."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys


def run_faits(*args: str) -> subprocess.CompletedProcess[str]:
    """``faits ARGS`` in a fresh interpreter (the one running the tests)."""
    return subprocess.run(
        [sys.executable, "-m", "faits.cli", *args], capture_output=True, text=True, check=False
    )


def spark_missing() -> str | None:
    """Why Spark cannot run here, or ``None`` when pyspark and ``java -version`` both work."""
    if importlib.util.find_spec("pyspark") is None:
        return "pyspark is not installed (pip install 'faits[spark]')"
    java = shutil.which("java")
    if java is None:
        return "Java is not on PATH (Spark needs a Java 17+ runtime)"
    if subprocess.run([java, "-version"], capture_output=True, check=False).returncode != 0:
        return "`java -version` fails (Spark needs a working Java 17+ runtime)"
    return None
