"""The benchmark runner's figures keep their JSON contract, and start-up moments are read from the smoke test."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def run_module():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(REPO_ROOT / "bench"))  # run.py imports make_data as a sibling
    spec = importlib.util.spec_from_file_location("bench_run", REPO_ROOT / "bench" / "run.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_a_figure_without_target_is_printed_not_judged(run_module) -> None:  # type: ignore[no-untyped-def]
    untargeted = run_module.Figure("startup_first_page_vs_bare", [9.0, 8.0, 10.0], "x", None)
    assert untargeted.ok and untargeted.as_json() == {
        "median": 9.0,
        "min": 8.0,
        "max": 10.0,
        "unit": "x",
        "target": None,
        "ok": True,
    }
    missed = run_module.Figure("startup_vs_bare", [3.5, 2.0, 4.0], "x", 3.0)
    assert not missed.ok and missed.as_json()["target"] == 3.0


def test_startup_moments_are_seconds_from_the_start_of_the_process(run_module) -> None:  # type: ignore[no-untyped-def]
    code = (
        "import time\n"
        "print('noise before')\n"
        "print(f'startup_window_at {time.time():.4f}')\n"
        "time.sleep(0.2)\n"
        "print(f'startup_first_page_at {time.time():.4f}')\n"
        "print('peak_memory_mb 12.0')\n"
    )
    moments = run_module._startup_moments([sys.executable, "-c", code], dict(os.environ))
    assert list(moments) == ["window", "first_page"]
    assert 0 < moments["window"] < moments["first_page"]
    assert moments["first_page"] - moments["window"] >= 0.2


def test_a_start_up_moment_that_never_came_is_an_error(run_module) -> None:  # type: ignore[no-untyped-def]
    code = "import time\nprint(f'startup_window_at {time.time():.4f}')\n"
    with pytest.raises(RuntimeError, match="first_page"):
        run_module._startup_moments([sys.executable, "-c", code], dict(os.environ), ("window", "first_page"))
