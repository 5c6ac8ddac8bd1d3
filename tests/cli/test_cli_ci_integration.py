"""Real runs of the ``archcite`` entry point: the pre-commit hooks and the GitHub Action."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parent / "data"
BIN = Path(sys.executable).parent


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env["NO_COLOR"] = "1"
    return env


def _hooks() -> dict[str, dict[str, Any]]:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    return {hook["id"]: hook for hook in hooks}


def _run_hook(hook: dict[str, Any], files: list[str],
              cwd: Path) -> subprocess.CompletedProcess[str]:
    # What pre-commit does: entry + args (+ the matching file names unless pass_filenames).
    argv = shlex.split(str(hook["entry"])) + [str(a) for a in hook.get("args", [])]
    if hook.get("pass_filenames", True):
        pattern = re.compile(str(hook.get("files", "")))
        argv += [f for f in files if pattern.search(f)]
    return subprocess.run(argv, cwd=cwd, env=_env(cwd), capture_output=True, text=True,
                          timeout=120, check=False)


def test_per_file_hook_runs_on_matching_files(tmp_path: Path) -> None:
    hook = _hooks()["archcite-validate"]
    assert hook["language"] == "python"
    clean = [str(p) for p in sorted((DATA / "clean").iterdir())]
    assert _run_hook(hook, [*clean, str(DATA / "README.txt")], tmp_path).returncode == 0
    bad = _run_hook(hook, [str(DATA / "problems" / "archive.yaml")], tmp_path)
    assert bad.returncode == 1 and "VAL407" in bad.stdout


def test_collection_hook_sees_cross_record_problems(tmp_path: Path) -> None:
    hook = _hooks()["archcite-validate-collection"]
    assert hook["pass_filenames"] is False
    records = tmp_path / "records"
    records.mkdir()
    for name in ("a.yaml", "b.yaml"):
        (records / name).write_text("id: same\ntitle: x\n", encoding="utf-8")
    (tmp_path / ".pre-commit-config.yaml").write_text("repos: []\n", encoding="utf-8")
    result = _run_hook(hook, [], tmp_path)  # args ["."]: the hidden config file is skipped
    assert result.returncode == 1
    assert "VAL408" in result.stdout and "pre-commit-config" not in result.stdout


def test_action_runs_validate_with_github_annotations(tmp_path: Path) -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    install = next(s for s in steps if "pip install" in s.get("run", ""))
    assert '"archcite==${ARCHCITE_VERSION}"' in install["run"]
    assert action["inputs"]["version"]["default"] == "0.1.0"
    validate = next(s for s in steps if "archcite validate" in s.get("run", ""))
    assert "${{" not in validate["run"]  # inputs only through the environment
    env = _env(tmp_path) | {"ARCHCITE_PATHS": str(DATA / "problems"), "ARCHCITE_ARGS": ""}
    result = subprocess.run(["bash", "-c", validate["run"]], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 1
    assert result.stdout.startswith("::") and "title=VAL407::" in result.stdout


def test_python_dash_m_and_version(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "archcite", "--version"], env=_env(tmp_path),
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0 and result.stdout.startswith("archcite ")
