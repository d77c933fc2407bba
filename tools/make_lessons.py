"""Write the nine bundled lessons, ``resources/lessons/NN-name.gdesk``.

Each lesson is a session file (see ``gradientdesk/io/session.py``) written with ``readable=True``, so a teacher can
open it in a text editor: the data as JSON lists, the hyperparameters by name, and the lesson text in the
``lesson`` field::

    "lesson": {"title": "...", "goal": "...", "steps": ["...", ...], "what_you_should_see": "...",
               "speed": "10"}          # optional: the training speed (steps per second) the lesson is set up for

Control names in the steps come from the same tables the window is built from (`Hyperparameters.info(name).label`,
the choice labels of the hyperparameter panel, the model labels), and every number a step promises (least-squares
values, eigenvectors, steps to a loss) is measured with the engine on the lesson's own data (`lesson_measures.py`),
so the text cannot drift from what the app shows. `tests/lessons/test_lessons.py` checks each promise again, and
`tests/ui/test_lessons_ui.py` that the bundled files are exactly what this script writes.

Run from the repository root:  ``python3 tools/make_lessons.py``  (``--check`` only reports files that differ).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "tools"):  # run as a script from a checkout, or loaded by a test
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from lesson_measures import (  # noqa: E402
    SWEEP_RATES,
    SWEEP_RUNS,
    accuracy_range,
    best_test_step,
    curvature,
    eigenvectors,
    learning_rate_edge,
    least_squares,
    least_squares_loss,
    noisy_cubic,
    polynomial_run,
    preset,
    scale_measures,
    steps_to_target,
)

from gradientdesk.engine import Hyperparameters, Trainer  # noqa: E402
from gradientdesk.engine.hyperparameters import MODEL_LABELS  # noqa: E402
from gradientdesk.io.session import Session, encode_session, save_session  # noqa: E402
from gradientdesk.resource_paths import resource_dir  # noqa: E402
from gradientdesk.state.data_state import DataSettings, DataState  # noqa: E402
from gradientdesk.ui.panels.editors import choice_label  # noqa: E402

LESSON_DIR = resource_dir("lessons")  # resources/lessons of this checkout
# the inspection views of the stage beside the canvas: the name on a view's button above the canvas (its View menu
# entry has the same name) and the shortcut that shows it
LANDSCAPE, INSPECTOR, DIAGRAM, SCALE = "Loss landscape", "Update inspector", "Network diagram", "Scale"
SHORTCUTS = {DIAGRAM: "Ctrl+1", INSPECTOR: "Ctrl+4", LANDSCAPE: "Ctrl+5", SCALE: "Ctrl+7"}


def show(view: str) -> str:
    """The instruction that brings an inspection view onto the stage, e.g. 'Show the Loss landscape (Ctrl+5, ...)'."""
    return f"Show the {view} ({SHORTCUTS[view]}, or its button above the canvas)"


def on(view: str) -> str:
    """A view named again after `show` taught where it is, e.g. 'the Loss landscape (Ctrl+5)'."""
    return f"the {view} ({SHORTCUTS[view]})"


def label(field: str) -> str:
    """The control's label as the hyperparameter panel shows it."""
    return Hyperparameters.info(field).label


def choice(value: str) -> str:
    return choice_label(value)


@dataclass(frozen=True)
class Lesson:
    file: str
    data: DataState
    settings: DataSettings
    hp: Hyperparameters
    text: dict[str, object]

    def session(self) -> Session:
        return Session(self.data, self.settings, self.hp, None, None, self.text, str(self.text["title"]))


# ---- 1. What a parameter is ------------------------------------------------------------------------------------
LINE_HP = Hyperparameters(model="linear", features=("x1",), optimizer="sgd", learning_rate=0.02, batch_size=40,
                          seed=21)  # seed 21 starts the slope at w = -1.52, far from the best w (about 0.6)


def lesson_parameter() -> Lesson:
    data, settings = preset("line", 40, 3, 0.0)
    w, b = least_squares(data.dataset)
    start = Trainer(data.dataset, LINE_HP)
    w0 = float(start.model.parameters["dense1.W"][0, 0])
    text = {
        "title": "What a parameter is",
        "goal": "Watch the two numbers linear regression learns — the slope w and the intercept b — roll down "
                "the loss landscape to the line that fits best.",
        "steps": [
            f"{show(LANDSCAPE)}. Its axes are the model's only two parameters: "
            "w = dense1.W[0,0] (the slope) and b = dense1.b[0] (the height at x = 0); the dot is the model now.",
            f"Show {on(INSPECTOR)} and press Step (Right arrow) three times. Each step moves w and b a "
            "little downhill; the inspector shows the update w ← w − lr·∂L/∂w with the real numbers.",
            f"Back on {on(LANDSCAPE)}, press Play (Space). At 10 steps/s the dot runs down the landscape: "
            "steeply across the valley first, then slowly along its floor, while the line on the canvas turns "
            "into the points.",
            f"When the Loss curve is flat, read w and b in the Parameters panel: w ≈ {w:.2f} and b ≈ {b:.2f}, "
            "the least-squares line through these points.",
            f"Press R (Reset): w and b go back to the same start (w = {w0:.2f}, b = 0). Nothing in "
            "Hyperparameters is learned — only w and b are.",
        ],
        "what_you_should_see": f"The loss falls quickly, then slowly, and stops at {least_squares_loss(data, w, b)}. "
                               f"w and b end at the bottom of the landscape: w = {w:.3f}, b = {b:.3f}, "
                               "the same numbers the least-squares formula gives.",
        "speed": "10",
    }
    return Lesson("01-parameters.gdesk", data, settings, LINE_HP, text)


# ---- 2. Learning rate ------------------------------------------------------------------------------------------
RATES = {"slow": 0.001, "good": 0.05, "oscillating": 0.1, "diverging": 0.3}


def lesson_learning_rate() -> Lesson:
    data, settings = preset("line", 40, 3, 0.0)
    limit = 2.0 / curvature(data.dataset)
    trained, diverges = learning_rate_edge(data.dataset, LINE_HP)
    lr, where = label("learning_rate"), "Hyperparameters → Optimization"
    text = {
        "title": "Learning rate",
        "goal": "See what the step size does: too small crawls, a good one glides, too large zig-zags, and far "
                "too large blows up.",
        "steps": [
            f"{show(LANDSCAPE)} and press Play (Space). With {lr} {RATES['slow']:g} "
            "the dot crawls "
            "and the Loss curve creeps down. Pause (Space).",
            f"Set {lr} to {RATES['good']:g} in {where}, press R (Reset), then Play: the dot glides to the "
            "bottom of the valley in a few dozen steps.",
            f"Set {lr} to {RATES['oscillating']:g}, press R, then Play: every step overshoots the valley floor, "
            "so the path zig-zags from side to side before it settles.",
            f"Set {lr} to {RATES['diverging']:g}, press R, then Play: each step lands further out than the last. "
            "Training stops after a few steps and the message explains the divergence.",
            f"Set {lr} back to {RATES['good']:g} and press R (Reset) to recover. Then open Experiments → Sweep "
            f"a hyperparameter… and press Start ({lr} from {SWEEP_RATES[0]:g} to {SWEEP_RATES[1]:g}, "
            f"{SWEEP_RUNS} runs from the same start): the shaded band is the divergence edge, between "
            f"{trained:.3g} (still trains) and {diverges:.3g} (diverges), around 2 / curvature = {limit:.2g}.",
        ],
        "what_you_should_see": f"For this data and model, steps below {limit / 2:.2g} go straight down, steps "
                               f"between {limit / 2:.2g} and {limit:.2g} zig-zag but still converge, and steps "
                               f"above {limit:.2g} (2 divided by the curvature of the loss along w) diverge.",
        "speed": "30",
    }
    return Lesson("02-learning-rate.gdesk", data, settings, LINE_HP.replace(learning_rate=RATES["slow"]), text)


# ---- 3. Overfitting --------------------------------------------------------------------------------------------
POLY_HP = Hyperparameters(model="polynomial", degree=1, optimizer="sgd", learning_rate=0.05, batch_size=12, seed=1)
POLY_STEPS = 2000


def lesson_overfitting() -> Lesson:
    data, settings = noisy_cubic()
    runs = {d: polynomial_run(data.dataset, POLY_HP, d, POLY_STEPS) for d in (1, 3, 15)}
    best_step = best_test_step(data.dataset, POLY_HP, 15, POLY_STEPS)
    deg = label("degree")
    text = {
        "title": "Overfitting",
        "goal": "See a model with more parameters than training points memorise the noise: its training loss "
                "keeps falling while its test loss rises.",
        "steps": [
            f"Press Play (Space). {deg} 1 is a straight line with {runs[1][2]} parameters (see the Parameters "
            "panel): it cannot follow the curve, so both losses stay high. Pause.",
            f"Set {deg} to 3 in Hyperparameters → Model and press Play: {runs[3][2]} parameters; the curve "
            "follows the trend and the test loss (dashed) ends close to the training loss (solid).",
            f"Set {deg} to 15: {runs[15][2]} parameters for 12 training points (filled; the hollow ones are "
            "test points). Tick log scale above the Loss plot and press Play.",
            "Watch the training loss fall towards 0 while the test loss turns round and rises: the curve passes "
            "through every training point and swings between them, where the test points are.",
            f"Press R (Reset), then press Step (Right arrow) again and again while watching the test loss in the "
            f"line above the plot: it is lowest after about {best_step} steps, and every step after that makes "
            "the model worse on the test points.",
        ],
        "what_you_should_see": "After {n} steps — degree 1: train {0[0]:.2f}, test {0[1]:.2f}; degree 3: train "
                               "{1[0]:.2f}, test {1[1]:.2f}; degree 15: train {2[0]:.4f}, test {2[1]:.2f}. The most "
                               "flexible model fits the training points best and new points worst."
                               .format(runs[1], runs[3], runs[15], n=POLY_STEPS),
        "speed": "100",
    }
    return Lesson("03-overfitting.gdesk", data, settings, POLY_HP, text)


# ---- 4. Why hidden layers --------------------------------------------------------------------------------------
XOR_HP = Hyperparameters(model="logistic", hidden_layers=(8,), activation="tanh", optimizer="sgd", learning_rate=0.03,
                         batch_size=10, seed=1)


def lesson_hidden_layers() -> Lesson:
    data, settings = preset("xor", 200, 1, 0.5)
    low, high = accuracy_range(data.dataset, XOR_HP)
    model, layers = label("model"), label("hidden_layers")
    text = {
        "title": "Why hidden layers",
        "goal": "XOR: opposite corners share a class. See that one straight boundary cannot separate them, and "
                "that one hidden layer can.",
        "steps": [
            f"Press Play (Space). {MODEL_LABELS['logistic']} draws a single straight boundary. No straight line "
            "puts opposite corners on the same side: at best it gets three corners of four right, so the accuracy "
            "under the Loss plot never passes 75%. Pause.",
            f"In Hyperparameters → Model set {model} to {MODEL_LABELS['mlp']}. {layers} already holds one layer "
            f"of 8 neurons ({label('activation')} {choice('tanh')}).",
            "Press Play: within a few seconds the boundary bends around the four corners and the accuracy "
            "passes 95%.",
            f"{show(DIAGRAM)}: each hidden neuron computes its own straight line; the "
            "output neuron "
            "combines them into the XOR pattern.",
            f"Set {layers} to 2 and then to 1 (each change starts from fresh weights) and press Play: how many "
            "hidden neurons does XOR need?",
        ],
        "what_you_should_see": f"Logistic regression's accuracy stays between {100 * low:.0f}% and "
                               f"{100 * high:.0f}% however long it trains; the network with 8 hidden neurons "
                               "reaches 95% to 100% on the test points.",
        "speed": "1000",
    }
    return Lesson("04-hidden-layers.gdesk", data, settings, XOR_HP, text)


# ---- 5. Initialization -----------------------------------------------------------------------------------------
INIT_HP = Hyperparameters(model="mlp", hidden_layers=(4,), activation="tanh", initialization="zeros", init_scale=0.5,
                          optimizer="sgd", learning_rate=0.1, batch_size=10, seed=1)


def lesson_initialization() -> Lesson:
    data, settings = preset("circle", 200, 1, 0.5)
    init, where = label("initialization"), "Hyperparameters → Initialization"
    text = {
        "title": "Initialization",
        "goal": "See why weights must not all start equal: identical neurons get identical gradients and stay "
                "identical forever (symmetry). A random start breaks the tie.",
        "steps": [
            f"{show(DIAGRAM)} and press Play (Space). With {init} {choice('zeros')} "
            "every weight "
            "is 0 and stays 0: the hidden neurons are identical and the accuracy stays near 50%. Pause.",
            f"In {where} set {init} to {choice('constant')} ({label('init_scale')} 0.5) and press Play. The "
            "weights move now, but the four rows of dense1.W in the Parameters panel stay equal: four copies "
            "of one neuron, which can only draw one straight line.",
            f"Set {init} to {choice('glorot')} and press Play: every neuron starts different, each takes its own "
            "part of the boundary, and the circle is learned.",
            f"Change {label('seed')} (in the same group) and press Play: a different random start finds "
            "different weights that work as well.",
        ],
        "what_you_should_see": "With zeros or a constant, the four hidden neurons keep exactly the same weights "
                               "however long you train; with Glorot they differ from the first step and the test "
                               "accuracy passes 90%.",
        "speed": "1000",
    }
    return Lesson("05-initialization.gdesk", data, settings, INIT_HP, text)


# ---- 6. PCA ----------------------------------------------------------------------------------------------------
PCA_HP = Hyperparameters(model="pca", n_components=1, optimizer="sgd", learning_rate=0.03, batch_size=10, seed=1)


def lesson_pca() -> Lesson:
    data, settings = preset("cloud", 200, 1, 0.0)
    values, vectors = eigenvectors(data.dataset)
    share = values[0] / values.sum()
    comps = label("n_components")
    text = {
        "title": "PCA",
        "goal": "PCA learns directions: its parameters (the columns of pca.W) converge to the eigenvectors of "
                "the data's covariance matrix. How many it learns is a hyperparameter you choose.",
        "steps": [
            "Press Play (Space). Watch the PC1 arrow on the canvas turn towards the long direction of the cloud; "
            "each point's reconstruction (grey dot) slides onto that line.",
            "When it has settled, look at pca.W in the Parameters panel: a unit vector close to "
            f"({vectors[0, 0]:.3f}, {vectors[1, 0]:.3f}) or its negative — the first eigenvector of the "
            "covariance matrix.",
            f"Set {comps} to 2 in Hyperparameters → Model (a hyperparameter: you choose how many directions to "
            "keep) and press Play: a second column of pca.W appears and settles at right angles to the first.",
            "Compare the explained variance under the Loss plot: the first component alone explains "
            f"{100 * share:.0f}% of the spread, both together 100%.",
        ],
        "what_you_should_see": f"The covariance matrix of these points has eigenvalues {values[0]:.2f} and "
                               f"{values[1]:.2f}; the learned columns of pca.W end within a fraction of a degree of "
                               "its eigenvectors (in order of variance), and the centre pca.b at the mean.",
        "speed": "100",
    }
    return Lesson("06-pca.gdesk", data, settings, PCA_HP, text)


# ---- 7. Batch size ---------------------------------------------------------------------------------------------
BATCH_HP = Hyperparameters(model="mlp", hidden_layers=(4,), activation="tanh", optimizer="sgd", learning_rate=0.1,
                           batch_size=100, seed=1)


def lesson_batch_size() -> Lesson:
    data, settings = preset("moons", 200, 1, 0.5)
    batch, where = label("batch_size"), "Hyperparameters → Optimization"
    text = {
        "title": "Batch size",
        "goal": "Compare the exact gradient of all training points with estimates from a few or a single one: "
                "smooth descent versus noisy descent.",
        "steps": [
            f"Press Play (Space). {batch} 100 is the whole training set: every step follows the exact gradient "
            "and the Loss curve falls smoothly. Pause after a few epochs.",
            f"Set {batch} to 10 in {where}, press R (Reset) and Play: 10 steps per epoch, each on a different "
            "minibatch. The loss curve starts to wobble.",
            f"Set {batch} to 1, press R and Play: one point per step. The loss jumps up and down, yet per epoch "
            "it falls faster than with the full batch.",
            f"{show(LANDSCAPE)}: the path is smooth with the full batch and a jittery "
            "walk downhill with "
            "a batch of 1.",
        ],
        "what_you_should_see": "With the full batch the training loss goes down at every step; with smaller "
                               "batches it often goes up for a step, more often and by more the smaller the batch. "
                               "An epoch always shows every training point once.",
        "speed": "100",
    }
    return Lesson("07-batch-size.gdesk", data, settings, BATCH_HP, text)


# ---- 8. Optimizers ---------------------------------------------------------------------------------------------
RACE_HP = Hyperparameters(model="mlp", hidden_layers=(4, 2), activation="tanh", optimizer="sgd", learning_rate=0.03,
                          batch_size=10, target_loss=0.2, seed=1)


RACE_EPOCHS = 600  # enough for SGD, the slowest, to reach the target loss in Compare runs


def lesson_optimizers() -> Lesson:
    data, settings = preset("circle", 200, 1, 0.5)
    steps = {opt: steps_to_target(data.dataset, RACE_HP.replace(optimizer=opt)) for opt in ("sgd", "momentum", "adam")}
    opt, where = label("optimizer"), "Hyperparameters → Optimization"
    text = {
        "title": "Optimizers",
        "goal": "Race SGD, Momentum and Adam from the same data and the same starting weights: who reaches a "
                "low loss in the fewest steps?",
        "steps": [
            f"Press Play (Space) with {opt} {choice('sgd')}. Training stops by itself once the training loss is "
            f"{RACE_HP.target_loss:g} ({label('target_loss')}). Note the step count in the training bar.",
            f"Set {opt} to {choice('momentum')} in {where} and press R (Reset) — same seed, same starting "
            "weights — then Play. Compare the step count.",
            f"Do the same with {choice('adam')}.",
            f"{show(INSPECTOR)} and press Step (Right arrow): Momentum adds up past "
            "gradients into a "
            "velocity; Adam divides each step by the running size of its gradients.",
            f"Now race them at once: Experiments → Compare runs… (Ctrl+Shift+C), press Add run, set run B's "
            f"{opt} to {choice('momentum')} and run C's to {choice('adam')}, Epochs to {RACE_EPOCHS}, then "
            "Start. All three start from the same weights and see the same minibatches; each stops at the "
            f"target loss, Adam's curve first (step {steps['adam']:,}), then Momentum's ({steps['momentum']:,}), "
            f"SGD's last ({steps['sgd']:,}).",
        ],
        "what_you_should_see": f"SGD needs about {steps['sgd']:,} steps, Momentum about {steps['momentum']:,} and "
                               f"Adam about {steps['adam']:,}: same start, same data, same learning rate "
                               f"{RACE_HP.learning_rate:g}, only the update rule differs.",
        "speed": "1000",
    }
    return Lesson("08-optimizers.gdesk", data, settings, RACE_HP, text)


# ---- 9. How big are real models? ------------------------------------------------------------------------------
SCALE_HP = Hyperparameters(model="mlp", hidden_layers=(4, 2), activation="tanh", optimizer="sgd", learning_rate=0.03,
                           batch_size=10, seed=1)


def lesson_scale() -> Lesson:
    data, settings = preset("circle", 300, 1, 0.5)
    m = scale_measures(data.dataset, SCALE_HP)
    text = {
        "title": "How big are real models?",
        "goal": "Count your network's parameters, then GPT-2's and GPT-3's with the same rule: a dense layer from "
                "n inputs to m outputs holds n x m weights and m biases.",
        "steps": [
            f"Press Play (Space), then pause. The Parameters panel counts your network: {m['architecture']}.",
            f"Press {SHORTCUTS[SCALE]} for the Scale view. Your network is the orange bar at the bottom: "
            f"{m['mine']} parameters for {m['points']} training points, {m['ratio']:.3g} parameters per point.",
            f"Click the GPT-2 small bar, then Explore: {m['gpt2']:,} parameters; the token embedding alone holds "
            f"{m['embedding']:,} ({m['embedding_share']:.0f}%).",
            f"Set Depth (layers) to 24 and Width to 1,024: {m['medium']:,} parameters, exactly GPT-2 medium's. "
            "Press Published size.",
            f"Choose GPT-3 175B and click Cost: in fp16 its weights take {m['gpt3_fp16']}; training took about "
            f"{m['gpt3_flops']}.",
            "Click Tokens and type a sentence: each token's id picks one row of the embedding table.",
        ],
        "what_you_should_see": f"Your network: {m['mine']} parameters. GPT-3: {m['gpt3']:,}, about "
                               f"{m['times']} times as many, counted with the same rule.",
        "speed": "100",
    }
    return Lesson("09-scale.gdesk", data, settings, SCALE_HP, text)


LESSONS: tuple[Callable[[], Lesson], ...] = (lesson_parameter, lesson_learning_rate, lesson_overfitting,
                                              lesson_hidden_layers, lesson_initialization, lesson_pca,
                                              lesson_batch_size, lesson_optimizers, lesson_scale)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report lesson files that are missing or differ")
    args = parser.parse_args(argv)
    LESSON_DIR.mkdir(parents=True, exist_ok=True)
    stale = []
    for make in LESSONS:
        lesson = make()
        path = LESSON_DIR / lesson.file
        if args.check:
            if not path.is_file() or path.read_bytes() != encode_session(lesson.session(), readable=True):
                stale.append(lesson.file)
            continue
        save_session(path, lesson.session(), readable=True)
        print(f"wrote {path.relative_to(ROOT)}: {lesson.text['title']}")
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
