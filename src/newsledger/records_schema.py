"""JSON Schema of the records, derived from the dataclasses themselves.

Deriving it keeps ``newsledger extract --schema`` true to the code: a field
added to a record appears in the schema without a second edit.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any, Literal, get_args, get_origin, get_type_hints

from .records import RECORD_TYPES

SCHEMA_ID = "https://newsledger.invalid/schema/records-v2.json"


def _type_schema(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = get_origin(hint)
    if hint is type(None):
        return {"type": "null"}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_type_schema(arg, defs) for arg in get_args(hint)]}
    if origin is Literal:
        return {"enum": list(get_args(hint))}
    if origin is tuple:
        args = get_args(hint)
        return {"type": "array", "prefixItems": [_type_schema(a, defs) for a in args], "minItems": len(args), "maxItems": len(args)}
    if origin is list:
        return {"type": "array", "items": _type_schema(get_args(hint)[0], defs)}
    if dataclasses.is_dataclass(hint):
        name = hint.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            defs[name] = _object_schema(hint, defs)
        return {"$ref": f"#/$defs/{name}"}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
    if hint in simple:
        return {"type": simple[hint]} if hint is not float else {"type": "number"}
    return {}


def _field_doc(cls: type, name: str) -> str | None:
    """The docstring written under a field, where there is one."""
    import ast
    import inspect

    try:
        tree = ast.parse(inspect.getsource(cls))
    except (OSError, TypeError):
        return None
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    for node, following in zip(body, body[1:]):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == name
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            return following.value.value.strip()
    return None


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = get_type_hints(cls)
    props: dict[str, Any] = {}
    required = []
    for f in dataclasses.fields(cls):
        prop = _type_schema(hints[f.name], defs)
        doc = _field_doc(cls, f.name)
        if doc:
            prop = {**prop, "description": doc}
        props[f.name] = prop
        required.append(f.name)
    out: dict[str, Any] = {"type": "object", "properties": props, "required": required}
    if cls.__doc__:
        out["description"] = cls.__doc__.strip().splitlines()[0]
    return out


def record_schema() -> dict[str, Any]:
    """The JSON Schema that every line of ``newsledger extract`` output satisfies."""
    defs: dict[str, Any] = {}
    variants = []
    for type_name, cls in RECORD_TYPES.items():
        body = _object_schema(cls, defs)
        body["properties"] = {"type": {"const": type_name}, **body["properties"]}
        body["required"] = ["type", *body["required"]]
        defs[cls.__name__] = body
        variants.append({"$ref": f"#/$defs/{cls.__name__}"})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "newsledger record (contract version 2)",
        "oneOf": variants,
        "$defs": defs,
    }
