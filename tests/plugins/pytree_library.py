"""A stand-in for a model library's output type (transformers' ``ModelOutput``): a dict whose
class is registered with torch's pytree when this module is imported, and only then."""

from __future__ import annotations

from typing import Any

import torch.utils._pytree as pytree


class Pair(dict):
    """The model's outputs by name, as a library returns them."""


def _flatten(pair: Pair) -> tuple[list[Any], list[str]]:
    return list(pair.values()), list(pair.keys())


def _unflatten(values: Any, keys: Any) -> Pair:
    return Pair(zip(keys, values))


def _flatten_with_keys(pair: Pair) -> tuple[list[tuple[Any, Any]], list[str]]:
    return [(pytree.MappingKey(k), v) for k, v in pair.items()], list(pair.keys())


pytree.register_pytree_node(Pair, _flatten, _unflatten, serialized_type_name="pytree_library.Pair",
                            flatten_with_keys_fn=_flatten_with_keys)
