"""Every reach into torch internals or version-specific behaviour, each with its reason."""

from __future__ import annotations


def forget_failed_scripting() -> None:
    """After a failed ``torch.jit.script``, drop TorchScript's cache of compiled module types.

    Seen in torch 2.4: scripting ``nn.MultiheadAttention(bias=False)`` fails, and every
    later scripting of any MultiheadAttention in the same process then fails with
    "Can't redefine method: forward" — one case's verdict would depend on the cases
    before it. The cache is internal (``torch.jit._recursive.concrete_type_store``);
    if it moves, we skip the reset rather than fail.
    """
    try:
        from torch.jit._recursive import concrete_type_store
        concrete_type_store.type_store.clear()
    except (ImportError, AttributeError):
        pass
