"""The measurements behind the bundled lessons' claims: every number a lesson's text quotes (least-squares line,
curvature, eigenvectors, steps to a loss, model sizes, ...) measured with the engine on the lesson's own data.

`measure(lesson_id, dataset, hyperparameters)` gives the named claims of one lesson (``{"fit.w": 0.606..., ...}``),
the names its ``[claims]`` table uses; `tests/lessons/test_lesson_claims.py` and `tools/check_lessons.py` compare
them with what the files claim. Pure numpy + engine (the Sweep dialog's Qt-free plan for its defaults); no Qt."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from a checkout
    sys.path.insert(0, str(ROOT))

from gradientdesk.engine import Dataset, Hyperparameters, Trainer  # noqa: E402


def least_squares(ds: Dataset) -> tuple[float, float]:
    """(w, b) minimising the mean of (w x + b - y)^2 over the training points: the normal equations."""
    X, y = ds.split("train")
    A = np.column_stack([X[:, 0], np.ones(len(y))])
    w, b = np.linalg.lstsq(A, y, rcond=None)[0]
    return float(w), float(b)


def least_squares_loss(ds: Dataset, w: float, b: float) -> float:
    """The mean squared error of the line w x + b on the training points."""
    X, y = ds.split("train")
    return float(np.mean((w * X[:, 0] + b - y) ** 2))


def curvature(ds: Dataset) -> float:
    """Largest eigenvalue of the Hessian of the mean squared error in (w, b): 2 E[(x, 1)(x, 1)^T]. Gradient
    descent on a quadratic converges when lr < 2 / curvature and overshoots (oscillates) beyond 1 / curvature."""
    X, _ = ds.split("train")
    A = np.column_stack([X[:, 0], np.ones(X.shape[0])])
    return float(np.linalg.eigvalsh(2.0 * A.T @ A / X.shape[0]).max())


def polynomial_run(ds: Dataset, hp: Hyperparameters, degree: int, steps: int) -> tuple[float, float, int]:
    """(train loss, test loss, parameter count) after `steps` steps with polynomial degree `degree`."""
    t = Trainer(ds, hp.replace(degree=degree))
    t.run_steps(steps)
    return t.train_loss(), float(t.test_loss()), t.model.parameter_count


def best_test_step(ds: Dataset, hp: Hyperparameters, degree: int, steps: int) -> int:
    """The step after which the test loss is lowest (early stopping would stop there)."""
    t = Trainer(ds, hp.replace(degree=degree))
    losses = [float(t.test_loss())]
    for _ in range(steps):
        t.step()
        losses.append(float(t.test_loss()))
    return int(np.argmin(losses))


def accuracy_range(ds: Dataset, hp: Hyperparameters, epochs: int = 300, every: int = 5) -> tuple[float, float]:
    """Lowest and highest train or test accuracy seen every `every` epochs."""
    t, seen = Trainer(ds, hp), []
    for _ in range(epochs // every):
        t.run_epochs(every)
        metrics = t.snapshot().metrics
        seen += [metrics["train_accuracy"], metrics["test_accuracy"]]
    return min(seen), max(seen)


def eigenvectors(ds: Dataset) -> tuple[np.ndarray, np.ndarray]:
    """Eigenvalues (descending) and unit eigenvectors (columns) of the training points' covariance matrix."""
    X, _ = ds.split("train")
    values, vectors = np.linalg.eigh(np.cov(X.T))
    vectors = vectors[:, ::-1] * np.sign(vectors[0, ::-1])  # largest first, first coordinate positive
    return values[::-1], vectors


def steps_to_target(ds: Dataset, hp: Hyperparameters, limit: int = 50_000) -> int | None:
    """Steps until the trainer stops at `hp.target_loss` (checked after each epoch, as in the app), or None."""
    t = Trainer(ds, hp)
    while t.stopped is None and t.step_count < limit:
        t.run_epochs(1)
    return t.step_count if t.stopped == "target_loss" else None


# the Sweep dialog's defaults for the learning rate (Experiments → Sweep a hyperparameter…)
SWEEP_RATES = (0.001, 10.0)
SWEEP_RUNS, SWEEP_EPOCHS = 8, 30


def learning_rate_edge(ds: Dataset, hp: Hyperparameters) -> tuple[float, float]:
    """(the largest swept learning rate that trained, the smallest that diverged) for the Sweep dialog's default
    learning-rate sweep of `hp` on `ds`: every run from the same start, SWEEP_EPOCHS epochs in one RunSet."""
    from gradientdesk.engine.run_set import RunSet
    from gradientdesk.ui.experiments.sweep_plan import sweep_values

    values = sweep_values("learning_rate", *SWEEP_RATES, SWEEP_RUNS, log=True)
    runs = RunSet(ds, [hp.replace(learning_rate=value) for value in values])
    runs.run_epochs(SWEEP_EPOCHS)
    diverged = [snap.diverged for snap in runs.snapshots()]
    first_diverged = min(value for value, bad in zip(values, diverged, strict=True) if bad)
    trained = max(value for value, bad in zip(values, diverged, strict=True) if not bad and value < first_diverged)
    return trained, first_diverged


def scale_measures(ds: Dataset, hp: Hyperparameters) -> dict[str, object]:
    """What lesson 9 says about sizes: the learner's count and the ladder's, from the engine's own counting."""
    from gradientdesk.engine.number_text import bytes_text, flops_text, in_words
    from gradientdesk.engine.scale_cost import training_flops, weight_bytes
    from gradientdesk.engine.scale_ladder import explore, ladder

    models = {model.name: model for model in ladder()}
    trainer = Trainer(ds, hp)
    mine = trainer.model.parameter_count
    points = int((~ds.is_test).sum())
    gpt2, gpt3 = models["GPT-2 small"], models["GPT-3 175B"]
    embedding = next(part.count for part in gpt2.components if part.name == "token embedding")
    return {"architecture": trainer.model.describe(), "mine": mine, "points": points, "ratio": mine / points,
            "gpt2": gpt2.total, "embedding": embedding, "embedding_share": 100 * embedding / gpt2.total,
            "medium": explore(gpt2, layers=24, width=1_024).total, "gpt3": gpt3.total,
            "gpt3_words": in_words(gpt3.total), "gpt3_fp16": bytes_text(weight_bytes(gpt3.total, "fp16")),
            "gpt3_flops": flops_text(training_flops(gpt3.total, gpt3.training_tokens)),
            "times": in_words(gpt3.total // mine)}


# ---- the claims of each lesson, by the names its [claims] table uses ---------------------------------------------
Claims = dict[str, object]
POLY_STEPS = 2000  # lesson 3: "After 2000 steps"


def parameters_claims(ds: Dataset, hp: Hyperparameters) -> Claims:
    w, b = least_squares(ds)
    start = Trainer(ds, hp)
    return {"fit.w": w, "fit.b": b, "fit.loss": least_squares_loss(ds, w, b),
            "start.w": float(start.model.parameters["dense1.W"][0, 0])}


def learning_rate_claims(ds: Dataset, hp: Hyperparameters) -> Claims:
    limit = 2.0 / curvature(ds)
    trained, diverges = learning_rate_edge(ds, hp)
    return {"limit": limit, "limit.half": limit / 2, "edge.trained": trained, "edge.diverges": diverges,
            "sweep.low": SWEEP_RATES[0], "sweep.high": SWEEP_RATES[1], "sweep.runs": SWEEP_RUNS}


def overfitting_claims(ds: Dataset, hp: Hyperparameters) -> Claims:
    claims: Claims = {}
    for degree in (1, 3, 15):
        train, test, count = polynomial_run(ds, hp, degree, POLY_STEPS)
        claims |= {f"degree{degree}.parameters": count, f"degree{degree}.train": train,
                   f"degree{degree}.test": test}
    return claims | {"best_test_step": best_test_step(ds, hp, 15, POLY_STEPS)}


def hidden_layers_claims(ds: Dataset, hp: Hyperparameters) -> Claims:
    low, high = accuracy_range(ds, hp)
    return {"logistic.lowest_percent": 100 * low, "logistic.highest_percent": 100 * high}


def pca_claims(ds: Dataset, hp: Hyperparameters) -> Claims:
    values, vectors = eigenvectors(ds)
    return {"pc1.x": float(vectors[0, 0]), "pc1.y": float(vectors[1, 0]),
            "pc1.share_percent": float(100 * values[0] / values.sum()), "eigenvalue1": float(values[0]),
            "eigenvalue2": float(values[1])}


def optimizers_claims(ds: Dataset, hp: Hyperparameters) -> Claims:
    return {f"steps.{opt}": steps_to_target(ds, hp.replace(optimizer=opt)) for opt in ("sgd", "momentum", "adam")}


def scale_claims(ds: Dataset, hp: Hyperparameters) -> Claims:
    m = scale_measures(ds, hp)
    return {"mine.architecture": m["architecture"], "mine.parameters": m["mine"], "mine.points": m["points"],
            "mine.per_point": m["ratio"], "gpt2.parameters": m["gpt2"], "gpt2.embedding": m["embedding"],
            "gpt2.embedding_percent": m["embedding_share"], "gpt2_medium.parameters": m["medium"],
            "gpt3.parameters": m["gpt3"], "gpt3.fp16": m["gpt3_fp16"], "gpt3.training_flops": m["gpt3_flops"],
            "gpt3.times_mine": m["times"]}


def no_claims(_ds: Dataset, _hp: Hyperparameters) -> Claims:
    return {}


MEASURES: dict[str, Callable[[Dataset, Hyperparameters], Claims]] = {
    "01-parameters": parameters_claims, "02-learning-rate": learning_rate_claims,
    "03-overfitting": overfitting_claims, "04-hidden-layers": hidden_layers_claims,
    "05-initialization": no_claims, "06-pca": pca_claims, "07-batch-size": no_claims,
    "08-optimizers": optimizers_claims, "09-scale": scale_claims,
}


def measure(lesson_id: str, ds: Dataset, hp: Hyperparameters) -> Claims:
    """The claims of lesson `lesson_id` measured on its data with its hyperparameters ({} for a lesson that quotes
    no measured number; KeyError for a lesson this module does not know)."""
    return MEASURES[lesson_id](ds, hp)
