"""GradientDesk's training engine: pure numpy, no Qt.

from gradientdesk.engine import Hyperparameters, Trainer, datasets
ds = datasets.make("spiral", n=500, noise=0.1, seed=1, test_fraction=0.5)
trainer = Trainer(ds, Hyperparameters(model="mlp", hidden_layers=(8, 8), learning_rate=0.03))
trainer.run_epochs(3)
snap = trainer.snapshot()
"""

from . import generators as datasets
from .dataset import DOMAIN, Dataset
from .hyperparameters import FieldInfo, Hyperparameters
from .models import build_model
from .snapshot import Snapshot
from .trainer import Trainer

__all__ = ["DOMAIN", "Dataset", "FieldInfo", "Hyperparameters", "Snapshot", "Trainer", "build_model", "datasets"]
