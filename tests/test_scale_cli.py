"""python -m gradientdesk.scale, run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gradientdesk.scale", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)


def test_json_lists_every_model_with_components_summing_to_its_total():
    done = run("--json")
    assert done.returncode == 0, done.stderr
    models = json.loads(done.stdout)
    by_name = {m["name"]: m for m in models}
    assert by_name["GPT-2 small"]["total"] == 124_439_808 == by_name["GPT-2 small"]["published_total"]
    assert {"LeNet-5", "ResNet-50", "BERT-base", "GPT-3 175B", "Llama 3 8B"} <= set(by_name)
    assert by_name["GPT-3 175B"]["training_tokens"] == 300_000_000_000
    for m in models:
        assert sum(part["count"] for part in m["components"]) == m["total"], m["name"]
        assert all(part["formula"] for part in m["components"])
        assert m["kind"] in ("transformer", "encoder", "convnet")


def test_the_table_and_one_model():
    done = run()
    assert done.returncode == 0 and "124,439,808" in done.stdout and "124 million" in done.stdout
    done = run("--model", "resnet-50")
    assert done.returncode == 0 and "25,557,032" in done.stdout and "7 x 7 x 3 x 64" in done.stdout


def test_bad_arguments_exit_2_with_a_message_and_no_traceback():
    for args in (["--bogus"], ["--model", "GPT-5"], ["--tokens"], ["--model", "LeNet-5", "--tokens", "x"]):
        done = run(*args)
        assert done.returncode == 2, args
        assert "error" in done.stderr and "Traceback" not in done.stderr, args


def test_tokens_prints_each_token_with_its_id():
    pytest.importorskip("gradientdesk.engine.tokens")
    done = run("--tokens", "Hello world", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [{"id": 15496, "text": "Hello"}, {"id": 995, "text": " world"}]  # GPT-2's ids
    done = run("--tokens", "Hello world")
    assert done.returncode == 0 and "15496" in done.stdout and "' world'" in done.stdout
    done = run("--tokens", "a" * 20_000)  # longer than the tokenizer takes at once
    assert done.returncode == 2 and "--tokens" in done.stderr and "Traceback" not in done.stderr
