"""Data and measurements for the bundled lessons (used by `make_lessons.py`): the lessons' datasets, and the numbers
their texts quote (least-squares line, curvature, eigenvectors, steps to a loss, ...), measured with the engine on
the lesson's own data. Pure numpy + engine; no Qt."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from a checkout
    sys.path.insert(0, str(ROOT))

from gradientdesk.engine import Dataset, Hyperparameters, Trainer, datasets  # noqa: E402
from gradientdesk.state.data_state import DataSettings, DataState  # noqa: E402

DECIMALS = 3  # coordinates and targets are rounded: short, hand-editable numbers in the files


def preset(name: str, n: int, seed: int, test_fraction: float, noise: float | None = None) -> tuple[DataState,
                                                                                                    DataSettings]:
    """A preset's points rounded to DECIMALS, with the settings that regenerate (nearly) the same points."""
    ds = datasets.make(name, n=n, noise=noise, seed=seed, test_fraction=test_fraction)
    y = ds.y if ds.task == "classification" else np.round(ds.y, DECIMALS)
    rounded = Dataset(np.round(ds.X, DECIMALS), y, ds.task, ds.is_test, ds.class_names, ds.name)
    return DataState.from_dataset(rounded), DataSettings(name, n, noise, seed, test_fraction)


def least_squares(ds: Dataset) -> tuple[float, float]:
    """(w, b) minimising the mean of (w x + b - y)^2 over the training points: the normal equations."""
    X, y = ds.split("train")
    A = np.column_stack([X[:, 0], np.ones(len(y))])
    w, b = np.linalg.lstsq(A, y, rcond=None)[0]
    return float(w), float(b)


def least_squares_loss(data: DataState, w: float, b: float) -> str:
    """The mean squared error of the line w x + b on the training points, as the lesson prints it."""
    X, y = data.dataset.split("train")
    return f"{np.mean((w * X[:, 0] + b - y) ** 2):.2f}"


def curvature(ds: Dataset) -> float:
    """Largest eigenvalue of the Hessian of the mean squared error in (w, b): 2 E[(x, 1)(x, 1)^T]. Gradient
    descent on a quadratic converges when lr < 2 / curvature and overshoots (oscillates) beyond 1 / curvature."""
    X, _ = ds.split("train")
    A = np.column_stack([X[:, 0], np.ones(X.shape[0])])
    return float(np.linalg.eigvalsh(2.0 * A.T @ A / X.shape[0]).max())


def noisy_cubic() -> tuple[DataState, DataSettings]:
    """12 training points spread over the canvas and 12 test points between them, near the cubic of the
    "polynomial" preset, with noise 0.6. Evenly spread points keep the test points inside the training range:
    what degree 15 gets wrong there is memorised noise, not extrapolation."""
    rng = np.random.default_rng(6)
    train = np.linspace(-5.0, 5.0, 12) + rng.uniform(-0.3, 0.3, 12)
    test = np.linspace(-4.6, 4.6, 12) + rng.uniform(-0.2, 0.2, 12)
    x = np.round(np.concatenate([train, test]), 2)
    y = np.round(0.04 * x**3 - 0.1 * x**2 - 0.8 * x + 1.0 + rng.normal(0.0, 0.6, 24), 2)
    is_test = np.r_[np.zeros(12, bool), np.ones(12, bool)]
    ds = Dataset(x[:, None], y, "regression", is_test, (), "12 noisy points")
    return DataState.from_dataset(ds), DataSettings("polynomial", 24, 0.6, 6, 0.5)


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
