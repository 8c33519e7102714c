"""Start a Spark session for faits, and check that Java is there before Spark tries."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys


class SparkUnavailable(RuntimeError):
    """pyspark or Java is missing; the message says what to install."""


def java_version() -> str:
    """The ``java -version`` line, or raise ``SparkUnavailable`` saying what is missing."""
    java = shutil.which("java")
    if java is None:
        raise SparkUnavailable("Java was not found: Spark needs a Java 17+ runtime on PATH")
    result = subprocess.run([java, "-version"], capture_output=True, text=True, check=False)
    first = (result.stderr or result.stdout).splitlines()[:1]
    return first[0] if first else "java (version unknown)"


def start(master: str = "local[2]", app_name: str = "faits"):
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise SparkUnavailable("pyspark is not installed: pip install 'faits[spark]'") from exc
    java_version()
    builder = SparkSession.builder.master(master)
    if master.startswith("local"):
        # Local executors must run this interpreter, the one that has faits installed.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return (
        builder.appName(app_name)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.python.worker.reuse", "true")
        .getOrCreate()
    )
