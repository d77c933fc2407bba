"""Every bundled lesson keeps the promises its text makes: each test reads the lesson file (``resources/lessons/*.md``)
into the session the window opens (`lesson_session`: its data, hyperparameters and text with the placeholders filled),
builds a Trainer from it, trains it and checks what the steps tell the learner to watch for. Engine only: no window,
no Qt widgets. (`test_lesson_claims.py` re-measures every named claim; this file checks the behaviour around them.)

The values a learner is told to type (learning rates, degrees, batch sizes) are read from the lesson's own step text,
so a test fails when the text and the behaviour drift apart.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from gradientdesk.app import main as app_main
from gradientdesk.engine import Hyperparameters, Trainer
from gradientdesk.io.lesson_file import read_lesson
from gradientdesk.io.lesson_setup import lesson_session
from gradientdesk.io.session import Session
from gradientdesk.resource_paths import resource_files, resource_path
from gradientdesk.ui.window.stage_views import view_names

NAMES = ["01-parameters.md", "02-learning-rate.md", "03-overfitting.md", "04-hidden-layers.md",
         "05-initialization.md", "06-pca.md", "07-batch-size.md", "08-optimizers.md", "09-scale.md"]


def lesson(name: str) -> Session:
    return lesson_session(read_lesson(resource_path("lessons", name), view_names()))


def trainer(session: Session, **changes) -> Trainer:
    """What the app trains after the learner makes `changes` and presses R (Reset): fresh parameters from the
    seed, or the file's stored parameters when there are any and nothing structural changed."""
    hp = session.hyperparameters.replace(**changes)
    t = Trainer(session.data.dataset, hp)
    if session.parameters is not None and not session.hyperparameters.needs_reset(hp):
        t.model.set_parameters(dict(session.parameters))
    return t


def steps_text(session: Session) -> str:
    return " ".join(session.lesson["steps"])


def values_set(session: Session, label: str) -> list[float]:
    """Every value a step tells the learner to set `label` to: "Set Learning rate to 0.05" -> [0.05]."""
    return [float(v) for v in re.findall(rf"Set {re.escape(label)} (?:back )?to ([0-9.]+)", steps_text(session))]


def accuracy(t: Trainer, split: str) -> float:
    return t.snapshot().metrics[f"{split}_accuracy"]


# ---- the set of lessons ------------------------------------------------------------------------------------------
def test_nine_lessons_are_bundled_in_order_and_no_old_lesson_sessions():
    assert [p.name for p in resource_files("lessons", "*.md")] == NAMES
    assert resource_files("lessons", "*.gdesk") == []  # the lesson files replaced them


@pytest.mark.parametrize("name", NAMES)
def test_each_lesson_has_a_title_a_goal_and_three_to_six_steps(name):
    session = lesson(name)
    text = session.lesson
    assert session.parameters is None or set(session.parameters) == set(Trainer(
        session.data.dataset, session.hyperparameters).model.parameters)
    assert isinstance(text["title"], str) and text["title"] == session.title
    assert text["id"] == name.removesuffix(".md")  # a lesson is known by its file name
    assert isinstance(text["goal"], str) and len(text["goal"]) > 40
    assert 3 <= len(text["steps"]) <= 6 and all(isinstance(s, str) and s for s in text["steps"])
    assert float(text["speed"]) > 0  # the Lesson panel sets the training speed from it
    assert "Play" in steps_text(session)  # every lesson is about watching training


@pytest.mark.parametrize("name", NAMES)
def test_each_step_names_real_controls(name):
    """"Set X to ..." names a hyperparameter exactly as the panel labels it."""
    labels = {Hyperparameters.info(f).label for f in Hyperparameters.field_names()}
    for control in re.findall(r"[Ss]et ([A-Z][\w -]*?) (?:back )?to ", steps_text(lesson(name))):
        assert control in labels, f"{name}: no control is labelled {control!r}"


# the stage beside the canvas: each inspection view has a button above the canvas and a shortcut (issue 11)
VIEW_SHORTCUTS = {"Network diagram": "Ctrl+1", "Weight maps": "Ctrl+2", "Parameter traces": "Ctrl+3",
                  "Update inspector": "Ctrl+4", "Loss landscape": "Ctrl+5", "Forward pass": "Ctrl+6",
                  "Scale": "Ctrl+7"}


@pytest.mark.parametrize("name", NAMES)
def test_each_view_a_step_names_comes_with_its_shortcut_and_no_step_speaks_of_tabs(name):
    """The views left the tab strip under the canvas: "Click the Loss landscape tab below the canvas" would send a
    learner looking for something that is gone."""
    text = steps_text(lesson(name))
    assert not re.search(r"\btabs?\b|below the canvas", text), f"{name}: a step still speaks of tabs"
    for view, key in VIEW_SHORTCUTS.items():
        for mention in re.finditer(rf"(?:Show|on) the {view}\b", text):
            assert text.startswith(f" ({key}", mention.end()), f"{name}: {view} named without {key}"


@pytest.mark.parametrize("name", NAMES)
def test_each_lesson_passes_validate(name, capsys):
    path = resource_path("lessons", name)
    assert app_main(["--validate", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{path}: OK") and f"lesson '{lesson(name).lesson['title']}' ({path.stem})" in out


# ---- 1. what a parameter is --------------------------------------------------------------------------------------
def test_1_w_and_b_roll_down_to_the_least_squares_values():
    session = lesson("01-parameters.md")
    assert session.hyperparameters.model == "linear"
    t = trainer(session)
    assert set(t.model.parameters) == {"dense1.W", "dense1.b"} and t.model.parameter_count == 2
    X, y = session.data.dataset.split("train")
    w_best, b_best = np.linalg.lstsq(np.column_stack([X[:, 0], np.ones(len(y))]), y, rcond=None)[0]
    assert abs(t.model.parameters["dense1.W"][0, 0] - w_best) > 1.0  # a long way down the landscape
    losses = [t.train_loss()]
    for _ in range(2000):
        t.step()
        losses.append(t.train_loss())
    assert np.all(np.diff(losses) <= 1e-12)  # downhill at every step
    assert t.model.parameters["dense1.W"][0, 0] == pytest.approx(w_best, abs=1e-6)
    assert t.model.parameters["dense1.b"][0] == pytest.approx(b_best, abs=1e-6)
    assert f"w ≈ {w_best:.2f} and b ≈ {b_best:.2f}" in steps_text(session)


# ---- 2. learning rate --------------------------------------------------------------------------------------------
def _slope_path(session: Session, lr: float, steps: int) -> tuple[Trainer, np.ndarray, list[float]]:
    t = trainer(session, learning_rate=lr)
    path, losses = [t.model.parameters["dense1.W"][0, 0]], [t.train_loss()]
    for _ in range(steps):
        if not t.step():
            break
        path.append(t.model.parameters["dense1.W"][0, 0])
        losses.append(t.train_loss())
    return t, np.array(path), losses


def test_2_too_small_good_zigzag_and_diverging_learning_rates():
    session = lesson("02-learning-rate.md")
    slow = session.hyperparameters.learning_rate
    good, zigzag, diverging, recover = values_set(session, "Learning rate")
    assert slow < good < zigzag < diverging and recover == good
    best = trainer(session, learning_rate=good)
    best.run_steps(5000)
    w_best, loss_best = best.model.parameters["dense1.W"][0, 0], best.train_loss()

    _, _, losses = _slope_path(session, slow, 100)
    assert losses[-1] > 2 * loss_best  # crawls: far from the bottom after 100 steps
    _, path, losses = _slope_path(session, good, 100)
    assert losses[-1] < 1.01 * loss_best  # glides there within a hundred steps
    assert np.all(np.diff(np.sign(path - w_best)) == 0)  # never overshoots
    t, path, _ = _slope_path(session, zigzag, 2000)
    side = np.sign(path[:20] - w_best)
    assert np.all(side[1:] == -side[:-1])  # w jumps across the valley floor on every step
    assert t.train_loss() < 1.01 * loss_best  # ... and still settles
    t, _, _ = _slope_path(session, diverging, 200)
    assert t.diverged and t.step_count < 50 and "learning rate" in t.message


# ---- 3. overfitting ----------------------------------------------------------------------------------------------
def test_3_degree_15_memorises_the_noise_while_degree_3_generalizes():
    session = lesson("03-overfitting.md")
    ds = session.data.dataset
    assert ds.n_train == 12 and ds.n_test > 0 and session.hyperparameters.degree == 1
    assert values_set(session, "Polynomial degree") == [3, 15]
    end = {}
    for degree in (1, 3, 15):
        t = trainer(session, degree=degree)
        train, test = [t.train_loss()], [t.test_loss()]
        for _ in range(2000):
            t.step()
            train.append(t.train_loss())
            test.append(t.test_loss())
        end[degree] = (train, test, t.model.parameter_count)
    train15, test15, count15 = end[15]
    assert count15 == 16 > ds.n_train  # more parameters than training points
    assert (end[1][2], end[3][2]) == (2, 4)
    assert test15[-1] > 3 * train15[-1]  # the promise of the issue
    assert end[3][1][-1] < test15[-1]  # degree 3 generalizes better than degree 15
    assert end[1][0][-1] > 5 * end[3][0][-1]  # degree 1 underfits
    best = int(np.argmin(test15))
    assert test15[-1] > 2 * test15[best] and train15[-1] < train15[best]  # train falls while test rises
    assert f"lowest after about {best} steps" in steps_text(session)


# ---- 4. why hidden layers ----------------------------------------------------------------------------------------
def test_4_logistic_regression_cannot_learn_xor_but_one_hidden_layer_can():
    session = lesson("04-hidden-layers.md")
    hp = session.hyperparameters
    assert hp.model == "logistic" and hp.hidden_layers == (8,)
    t = trainer(session)
    seen = []
    for _ in range(60):
        t.run_epochs(5)
        seen += [accuracy(t, "train"), accuracy(t, "test")]
    assert max(seen) <= 0.75  # one straight line: at best three corners of four
    assert f"between {100 * min(seen):.0f}% and {100 * max(seen):.0f}%" in session.lesson["what_you_should_see"]
    network = trainer(session, model="mlp")  # "set Model to Neural network"
    assert network.model.layer_sizes() == (2, 8, 1)
    network.run_epochs(50)
    assert accuracy(network, "test") >= 0.95 and accuracy(network, "train") >= 0.95


# ---- 5. initialization -------------------------------------------------------------------------------------------
def _unit_spread(t: Trainer) -> float:
    """How different the hidden neurons are: the largest spread of their incoming weights, biases and outgoing
    weights across neurons (0 for identical neurons)."""
    p = t.model.parameters
    return max(np.ptp(p["dense1.W"], axis=0).max(), np.ptp(p["dense1.b"]), np.ptp(p["dense2.W"], axis=1).max())


def test_5_zero_and_constant_starts_keep_hidden_units_identical_random_breaks_the_symmetry():
    session = lesson("05-initialization.md")
    assert session.hyperparameters.initialization == "zeros" and session.hyperparameters.hidden_layers == (4,)
    zeros = trainer(session)
    zeros.run_epochs(100)
    assert _unit_spread(zeros) == 0.0 and not zeros.model.parameters["dense1.W"].any()  # still all zero
    assert accuracy(zeros, "test") <= 0.6  # "near 50%"
    constant = trainer(session, initialization="constant")
    start = constant.model.parameters["dense1.W"].copy()
    constant.run_epochs(100)
    assert _unit_spread(constant) == 0.0  # identical, bit for bit
    assert np.abs(constant.model.parameters["dense1.W"] - start).max() > 0.05  # ... although they moved
    glorot = trainer(session, initialization="glorot")
    assert _unit_spread(glorot) > 0.1
    glorot.run_epochs(200)
    assert _unit_spread(glorot) > 0.1 and accuracy(glorot, "test") > 0.9


# ---- 6. PCA ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("components", [1, 2])
def test_6_pca_components_converge_to_the_covariance_eigenvectors(components):
    session = lesson("06-pca.md")
    assert session.hyperparameters.n_components == 1 and values_set(session, "Components") == [2]
    t = trainer(session, n_components=components)
    t.run_epochs(150)
    X, _ = session.data.dataset.split("train")
    values, vectors = np.linalg.eigh(np.cov(X.T))
    vectors = vectors[:, ::-1]  # largest variance first
    W = t.model.parameters["pca.W"]
    for j in range(components):
        cos = abs(W[:, j] @ vectors[:, j]) / np.linalg.norm(W[:, j])
        assert cos > 0.999, f"component {j + 1}: |cos| = {cos}"
    assert np.allclose(t.model.parameters["pca.b"], X.mean(axis=0), atol=0.05)
    share = values[-1] / values.sum() if components == 1 else 1.0
    assert t.snapshot().metrics["train_explained_variance"] == pytest.approx(share, abs=0.005)
    assert f"explains {100 * values[-1] / values.sum():.0f}%" in steps_text(session)


# ---- 7. batch size -----------------------------------------------------------------------------------------------
def _ups(session: Session, batch: int, steps: int = 300) -> tuple[int, float]:
    """(how often the training loss went up, by how much in total) over `steps` steps with this batch size."""
    t = trainer(session, batch_size=batch)
    losses = [t.train_loss()]
    for _ in range(steps):
        t.step()
        losses.append(t.train_loss())
    rises = np.diff(losses)
    return int((rises > 0).sum()), float(rises[rises > 0].sum())


def test_7_smaller_batches_make_the_descent_noisier():
    session = lesson("07-batch-size.md")
    full = session.hyperparameters.batch_size
    assert full == session.data.dataset.n_train and values_set(session, "Batch size") == [10, 1]
    count_full, rise_full = _ups(session, full)
    count_10, rise_10 = _ups(session, 10)
    count_1, rise_1 = _ups(session, 1)
    assert count_full == 0 and rise_full == 0.0  # smooth: the exact gradient goes down every step
    assert count_1 > 30 and count_10 > 10
    assert rise_1 > rise_10 > rise_full  # the smaller the batch, the bigger the jumps
    per_epoch = {}
    for batch in (full, 1):
        t = trainer(session, batch_size=batch)
        t.run_epochs(5)
        per_epoch[batch] = t.train_loss()
    assert per_epoch[1] < per_epoch[full]  # per epoch, batch 1 falls faster


# ---- 8. optimizers -----------------------------------------------------------------------------------------------
def _steps_to_target(session: Session, optimizer: str) -> int:
    t = trainer(session, optimizer=optimizer)
    while t.stopped is None and t.step_count < 50_000:
        t.run_epochs(1)
    assert t.stopped == "target_loss", f"{optimizer} did not reach the target: {t.message}"
    return t.step_count


def test_8_momentum_and_adam_reach_the_target_loss_in_fewer_steps_than_sgd():
    session = lesson("08-optimizers.md")
    hp = session.hyperparameters
    assert hp.optimizer == "sgd" and hp.target_loss > 0
    starts = [trainer(session, optimizer=o).model.flat.copy() for o in ("sgd", "momentum", "adam")]
    assert all(np.array_equal(starts[0], s) for s in starts)  # same seed, same start
    steps = {o: _steps_to_target(session, o) for o in ("sgd", "momentum", "adam")}
    assert steps["momentum"] * 3 < steps["sgd"] and steps["adam"] * 3 < steps["sgd"], steps
    see = session.lesson["what_you_should_see"]
    assert all(f"{steps[o]:,}" in see for o in steps)


def test_8_the_compare_race_stops_each_run_at_the_step_its_text_names():
    """The last step races the three optimizers in Compare runs (one RunSet, same start, same minibatches, each
    stopped at the target loss): the steps it names are where each run stops, in that order."""
    from gradientdesk.engine.run_set import RunSet

    session = lesson("08-optimizers.md")
    race = session.lesson["steps"][-1]
    epochs = int(re.search(r"Epochs to (\d+)", race).group(1))
    numbers = re.search(r"Adam's curve first \(step ([\d,]+)\), then Momentum's \(([\d,]+)\), SGD's last "
                        r"\(([\d,]+)\)", race)
    assert numbers, race
    claimed = {o: int(n.replace(",", "")) for o, n in zip(("adam", "momentum", "sgd"), numbers.groups(), strict=True)}
    hps = [session.hyperparameters.replace(optimizer=o, max_epochs=epochs) for o in ("sgd", "momentum", "adam")]
    runs = RunSet(session.data.dataset, hps)
    runs.run_epochs(epochs)
    stopped = dict(zip(("sgd", "momentum", "adam"), runs.snapshots(), strict=True))
    assert runs.stopped == ["target_loss"] * 3, runs.stopped
    assert {o: snap.step for o, snap in stopped.items()} == claimed
    assert claimed["adam"] < claimed["momentum"] < claimed["sgd"]


def test_9_every_size_the_scale_lesson_names_is_what_the_engine_counts():
    """Counted independently here: the learner's 2-4-2-1 network by the dense-layer rule, GPT-2 small and medium
    and GPT-3 from their published configurations (GPT-2: 12 x 768, vocabulary 50,257, context 1,024)."""
    from gradientdesk.engine.number_text import bytes_text, flops_text

    session = lesson("09-scale.md")
    text = steps_text(session) + " " + session.lesson["what_you_should_see"]
    mine = (2 * 4 + 4) + (4 * 2 + 2) + (2 * 1 + 1)
    assert trainer(session).model.parameter_count == mine == 25
    points = int((~session.data.dataset.is_test).sum())
    assert f"{mine} parameters for {points} training points, {mine / points:.3g} parameters per point" in text

    def gpt2(layers: int, d: int) -> int:
        block = 4 * d * d + 4 * d + 2 * d * 4 * d + 5 * d + 4 * d  # Q K V O, MLP d <-> 4d, two LayerNorms
        return 50_257 * d + 1_024 * d + layers * block + 2 * d

    assert gpt2(12, 768) == 124_439_808 and "124,439,808 parameters" in text
    assert f"the token embedding alone holds {50_257 * 768:,} (31%)" in text
    assert f"Set Depth (layers) to 24 and Width to 1,024: {gpt2(24, 1_024):,} parameters" in text
    d = 12_288
    gpt3 = 50_257 * d + 2_048 * d + 96 * (12 * d * d + 13 * d) + 2 * d
    assert round(gpt3, -9) == 175_000_000_000 and f"GPT-3: {gpt3:,}" in text
    assert f"in fp16 its weights take {bytes_text(2 * gpt3)}" in text and bytes_text(2 * gpt3) == "349 GB"
    assert f"took about {flops_text(6 * gpt3 * 300 * 10**9)}" in text
