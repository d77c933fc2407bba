"""The engine's hyperparameter texts, marked for translation (context "Hyperparameters").

The engine names and explains its hyperparameters in English (gradientdesk/engine: no Qt there): every field's
label and help (engine/hyperparameters.py), the labels of the choices (engine/choices.py CHOICE_LABELS), the models'
labels and descriptions (MODEL_LABELS, MODELS), and the word a help text gives the value 0 ("(0 = never)"). This
catalogue marks the same English texts for pyside6-lupdate, and `hp_text` shows one of them in the interface
language where the panels show it. tests/ui/test_translations_panels.py checks that every text the engine defines is
here, so the two cannot drift; a text missing here is shown in English until its entry is added.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...engine.choices import MODEL_LABELS, MODELS, choice_label
from ...engine.hyperparameters import Hyperparameters

# the fields' labels (FieldInfo.label), in field order
_LABELS = (
    QT_TRANSLATE_NOOP("Hyperparameters", "Model"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Hidden layers"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Activation"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Output activation"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Loss"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Polynomial degree"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Components"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Input features"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Optimizer"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Learning rate"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Momentum"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Adam beta1"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Adam beta2"),
    QT_TRANSLATE_NOOP("Hyperparameters", "RMSProp decay"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Epsilon"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Batch size"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Learning-rate schedule"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Schedule decay"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Schedule period (epochs)"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Stop after epochs"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Stop at training loss"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Early stopping patience"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Regularization"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Regularization rate"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Initialization"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Initial scale"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Seed"),
)

# the fields' help texts (FieldInfo.help), in field order
_HELP = (
    QT_TRANSLATE_NOOP("Hyperparameters", "Which kind of model learns from the data."),
    QT_TRANSLATE_NOOP("Hyperparameters",
                      "Neurons in each hidden layer. More layers and neurons mean more parameters to learn."),
    QT_TRANSLATE_NOOP("Hyperparameters", "The non-linear function each hidden neuron applies to its weighted sum."),
    QT_TRANSLATE_NOOP("Hyperparameters",
                      "What the last layer applies. 'auto' picks sigmoid or softmax for classes, linear for numbers."),
    QT_TRANSLATE_NOOP("Hyperparameters",
                      "How the gap between prediction and target is measured. 'auto' follows the task."),
    QT_TRANSLATE_NOOP("Hyperparameters",
                      "Highest power of the inputs. Higher degrees bend more and can memorize noise."),
    QT_TRANSLATE_NOOP("Hyperparameters",
                      "How many directions PCA keeps. Each one is a column of learned weights."),
    QT_TRANSLATE_NOOP("Hyperparameters", "Which functions of the coordinates are fed to the model as inputs."),
    QT_TRANSLATE_NOOP("Hyperparameters",
                      "The rule that turns gradients into parameter updates. Switching keeps the weights."),
    QT_TRANSLATE_NOOP("Hyperparameters", "How big a step each update takes along the negative gradient."),
    QT_TRANSLATE_NOOP("Hyperparameters",
                      "For momentum and Nesterov: how much of the previous step is kept (0 = plain SGD)."),
    QT_TRANSLATE_NOOP("Hyperparameters", "For Adam: decay of the running mean of gradients."),
    QT_TRANSLATE_NOOP("Hyperparameters", "For Adam: decay of the running mean of squared gradients."),
    QT_TRANSLATE_NOOP("Hyperparameters",
                      "For RMSProp: how much of the running mean of squared gradients is kept each step."),
    QT_TRANSLATE_NOOP("Hyperparameters",
                      "For AdaGrad, RMSProp and Adam: a tiny number that avoids dividing by zero."),
    QT_TRANSLATE_NOOP("Hyperparameters",
                      "Examples per update. At or above the training-set size: full-batch gradient descent."),
    QT_TRANSLATE_NOOP("Hyperparameters",
                      "How the learning rate changes over epochs: fixed, in steps, exponentially, or a cosine."),
    QT_TRANSLATE_NOOP("Hyperparameters", "Step: factor applied every period. Exponential: factor per period."),
    QT_TRANSLATE_NOOP("Hyperparameters", "Epochs per decay step, or the length of one cosine cycle."),
    QT_TRANSLATE_NOOP("Hyperparameters", "Stop training after this many epochs (0 = never)."),
    QT_TRANSLATE_NOOP("Hyperparameters", "Stop once the training loss is at or below this (0 = off)."),
    QT_TRANSLATE_NOOP("Hyperparameters",
                      "Stop when the test loss has not improved for this many epochs (0 = off)."),
    QT_TRANSLATE_NOOP("Hyperparameters",
                      "A penalty on large weights: L1 pushes weights to exactly 0, L2 shrinks them all."),
    QT_TRANSLATE_NOOP("Hyperparameters", "Strength of the penalty (lambda). Biases are never penalized."),
    QT_TRANSLATE_NOOP("Hyperparameters",
                      "How the parameters start. All zeros makes every hidden neuron identical."),
    QT_TRANSLATE_NOOP("Hyperparameters",
                      "For constant, uniform and normal initialization: the value, range or spread."),
    QT_TRANSLATE_NOOP("Hyperparameters",
                      "Random seed for the initial parameters and the shuffling. Same seed, same run."),
)

# what a help text's "(0 = ...)" calls the value 0: the spin box shows it at 0 (editors.py)
_ZERO_WORDS = (
    QT_TRANSLATE_NOOP("Hyperparameters", "plain SGD"),
    QT_TRANSLATE_NOOP("Hyperparameters", "never"),
    QT_TRANSLATE_NOOP("Hyperparameters", "off"),
)

# engine/choices.CHOICE_LABELS' values: the items of the choice boxes
_CHOICES = (
    QT_TRANSLATE_NOOP("Hyperparameters", "Linear (identity)"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Sigmoid"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Tanh"),
    QT_TRANSLATE_NOOP("Hyperparameters", "ReLU"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Leaky ReLU"),
    QT_TRANSLATE_NOOP("Hyperparameters", "ELU"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Softplus"),
    QT_TRANSLATE_NOOP("Hyperparameters", "SiLU (swish)"),
    QT_TRANSLATE_NOOP("Hyperparameters", "GELU"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Softmax"),
    QT_TRANSLATE_NOOP("Hyperparameters", "auto"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Mean squared error"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Binary cross-entropy"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Categorical cross-entropy"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Reconstruction error (mean squared)"),
    QT_TRANSLATE_NOOP("Hyperparameters", "SGD"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Momentum"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Nesterov momentum"),
    QT_TRANSLATE_NOOP("Hyperparameters", "AdaGrad"),
    QT_TRANSLATE_NOOP("Hyperparameters", "RMSProp"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Adam"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Constant"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Step decay"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Exponential decay"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Cosine"),
    QT_TRANSLATE_NOOP("Hyperparameters", "None"),
    QT_TRANSLATE_NOOP("Hyperparameters", "L1"),
    QT_TRANSLATE_NOOP("Hyperparameters", "L2"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Zeros"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Uniform"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Normal"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Glorot (Xavier)"),
    QT_TRANSLATE_NOOP("Hyperparameters", "He"),
)

# engine/choices.MODEL_LABELS' and MODELS' values: the model picker's items, their tooltips and its description
_MODELS = (
    QT_TRANSLATE_NOOP("Hyperparameters", "Linear regression"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Polynomial regression"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Logistic regression"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Softmax regression"),
    QT_TRANSLATE_NOOP("Hyperparameters", "Neural network"),
    QT_TRANSLATE_NOOP("Hyperparameters", "PCA"),
    QT_TRANSLATE_NOOP("Hyperparameters",
                      "Linear regression: a weighted sum of the inputs plus a bias predicts a number."),
    QT_TRANSLATE_NOOP("Hyperparameters",
                      "Polynomial regression: a weighted sum of powers of the inputs, up to a chosen degree."),
    QT_TRANSLATE_NOOP("Hyperparameters",
                      "Logistic regression: a weighted sum squashed by a sigmoid gives the probability of class 1."),
    QT_TRANSLATE_NOOP("Hyperparameters",
                      "Softmax regression: one weighted sum per class, turned into class probabilities."),
    QT_TRANSLATE_NOOP("Hyperparameters",
                      "Neural network: layers of neurons, each a weighted sum followed by a non-linear activation."),
    QT_TRANSLATE_NOOP("Hyperparameters",
                      "PCA: learns the directions along which the data varies most (a linear autoencoder)."),
)


def hp_text(text: str) -> str:
    """An English text of the engine's hyperparameters (a label, help, choice or model text) in the interface
    language; a text the catalogue does not hold comes back as it is."""
    return QCoreApplication.translate("Hyperparameters", text) if text else text


def field_label(name: str) -> str:
    """The label of field `name` ('Learning rate'), translated."""
    return hp_text(Hyperparameters.info(name).label)


def field_help(name: str) -> str:
    """The help text of field `name`, translated."""
    return hp_text(Hyperparameters.info(name).help)


def choice_text(value: str) -> str:
    """The label of a choice value ('leaky_relu' -> 'Leaky ReLU'), translated."""
    return hp_text(choice_label(value))


def model_label(model: str) -> str:
    """A model's label ('mlp' -> 'Neural network'), translated."""
    return hp_text(MODEL_LABELS.get(model, model))


def model_description(model: str) -> str:
    """A model's one-line description, translated ('' for an unknown model)."""
    return hp_text(MODELS.get(model, ""))
