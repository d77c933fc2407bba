"""GradientDesk's training engine: pure numpy, no Qt.

from gradientdesk.engine import Hyperparameters, Trainer, datasets
ds = datasets.make("spiral", n=500, noise=0.1, seed=1, test_fraction=0.5)
trainer = Trainer(ds, Hyperparameters(model="mlp", hidden_layers=(8, 8), learning_rate=0.03))
trainer.run_epochs(3)
snap = trainer.snapshot()
snap.spec.describe(ScalarRef.parse("dense2.W[0,3]"))   # 'weight from neuron 3 of layer 1 to neuron 0 of layer 2'
runs = RunSet(ds, [hp.replace(learning_rate=lr) for lr in (0.01, 0.1)])   # several runs, batched: run_set.py
"""

from . import generators as datasets
from .dataset import DOMAIN, Dataset
from .hyperparameters import FieldInfo, Hyperparameters
from .model_spec import ModelSpec, SlotSpec, Unit
from .models import build_model, model_from_snapshot
from .run_set import RunSet
from .scalar_ref import ScalarRef
from .snapshot import Snapshot
from .trainer import Trainer

__all__ = ["DOMAIN", "Dataset", "FieldInfo", "Hyperparameters", "ModelSpec", "RunSet", "ScalarRef", "SlotSpec",
           "Snapshot", "Trainer", "Unit", "build_model", "datasets", "model_from_snapshot"]
