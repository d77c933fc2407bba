"""The stop rules checked after every completed epoch (Trainer and RunSet share them): 'Stop after epochs'
(max_epochs), 'Stop at training loss' (target_loss: stop once loss + penalty <= target) and early stopping (stop
when the test loss has not improved for `early_stopping_patience` epochs)."""

from __future__ import annotations

from collections.abc import Callable

from .hyperparameters import Hyperparameters
from .translatable import QT_TRANSLATE_NOOP, Message

BestTest = tuple[float, int]  # (the best test loss so far, the epoch it was reached)


def stop_rule(hp: Hyperparameters, epoch: int, train_loss: Callable[[], float],
              test_loss: Callable[[], float] | None, best: BestTest) -> tuple[str | None, str, BestTest]:
    """(why training stops or None, the message - a translatable Message, "" while training goes on - and the best
    test loss so far) after `epoch` completed epochs.
    `train_loss` and `test_loss` (None without test points) are measured only when a rule needs them."""
    if hp.max_epochs and epoch >= hp.max_epochs:
        return "max_epochs", Message("StopRules", QT_TRANSLATE_NOOP(
            "StopRules", "Stopped after %1 epochs, as 'Stop after epochs' says."), epoch), best
    if hp.target_loss > 0 and train_loss() <= hp.target_loss:
        return "target_loss", Message("StopRules", QT_TRANSLATE_NOOP(
            "StopRules", "Reached the target training loss %1 after %2 epochs."), f"{hp.target_loss:g}", epoch), best
    if hp.early_stopping_patience and test_loss is not None:
        loss = test_loss()
        best_loss, best_epoch = best
        if loss < best_loss:
            return None, "", (loss, epoch)
        if epoch - best_epoch >= hp.early_stopping_patience:
            return "early_stopping", Message("StopRules", QT_TRANSLATE_NOOP(
                "StopRules", "Early stopping: the test loss has not improved for %1 epochs (best %2 at epoch %3)."),
                hp.early_stopping_patience, f"{best_loss:.4g}", best_epoch), best
    return None, "", best
