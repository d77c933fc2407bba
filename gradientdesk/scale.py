"""`python -m gradientdesk.scale`: the ladder of real models from the command line, without a window (no Qt).

    python -m gradientdesk.scale                 a table: every model's exact total, in words, published total
    python -m gradientdesk.scale --json          the same as a JSON list, with each model's components
    python -m gradientdesk.scale --model NAME    one model's components, each with its formula
    python -m gradientdesk.scale --tokens TEXT   TEXT cut into GPT-2 tokens, each with its id

Exit 0; 2 with a message on stderr (no traceback) for arguments that do not make sense.
"""

from __future__ import annotations

import argparse
import json
import sys

from .engine.number_text import grouped, in_words
from .engine.scale_ladder import LadderModel, ladder


def as_json(model: LadderModel) -> dict:
    """One model as plain JSON values (ints stay exact: JSON numbers have no size limit in Python)."""
    return {
        "name": model.name, "kind": model.kind, "total": model.total,
        "published_total": model.published_total, "published_rounding": model.published_rounding,
        "source": model.source, "training_tokens": model.training_tokens, "tokens_source": model.tokens_source,
        "components": [{"name": p.name, "formula": p.formula, "count": p.count} for p in model.components],
    }


def table(models: list[LadderModel]) -> str:
    """A readable table: name, kind, exact total, in words, published total, training tokens."""
    rows = [("model", "kind", "parameters", "in words", "published", "training tokens")]
    for m in models:
        published = grouped(m.published_total)
        if m.published_rounding > 1:
            published += f" (to {in_words(m.published_rounding)})"
        tokens = in_words(m.training_tokens) if m.training_tokens is not None else "-"
        rows.append((m.name, m.kind, grouped(m.total), in_words(m.total), published, tokens))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    numeric = (False, False, True, False, True, False)  # numbers right-aligned, so their digits line up
    return "\n".join("  ".join(cell.rjust(w) if right else cell.ljust(w)
                               for cell, w, right in zip(row, widths, numeric, strict=True)).rstrip()
                     for row in rows)


def parts(model: LadderModel) -> str:
    """One model's components, each with its count and formula, and the total."""
    width = max(len(p.name) for p in model.components)
    digits = len(grouped(model.total))
    lines = [f"{model.name} ({model.kind}): {grouped(model.total)} parameters ({in_words(model.total)})"]
    lines += [f"  {p.name.ljust(width)}  {grouped(p.count).rjust(digits)}  {p.formula}" for p in model.components]
    lines.append(f"  source: {model.source}")
    return "\n".join(lines)


def tokens(text: str, as_json_list: bool) -> int:
    # imported here: the tokenizer loads its vocabulary, which the ladder does not need
    try:
        from .engine.tokens import encode
    except ImportError as error:
        print(f"tokens are not available: {error}", file=sys.stderr)
        return 1
    try:
        found = encode(text)
    except ValueError as error:
        print(f"--tokens: {error}", file=sys.stderr)
        return 2
    if as_json_list:
        print(json.dumps([{"id": t.id, "text": t.text} for t in found], ensure_ascii=False))
    else:
        for t in found:
            print(f"{t.id:>6}  {t.text!r}")
        print(f"{len(found):,} tokens")
    return 0


def main(argv: list[str] | None = None) -> int:
    # argparse's error(): usage and message on stderr, exit 2, no traceback
    parser = argparse.ArgumentParser(prog="python -m gradientdesk.scale",
                     description="Parameter counts of real models, from LeNet-5 to GPT-3, and what a token is.")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--model", metavar="NAME", help="one model's components with their formulas")
    choice.add_argument("--tokens", metavar="TEXT", help="cut TEXT into tokens and print each with its id")
    args = parser.parse_args(argv)
    if args.tokens is not None:
        return tokens(args.tokens, args.json)
    models = ladder()
    if args.model is not None:
        chosen = [m for m in models if m.name.casefold() == args.model.casefold()]
        if not chosen:
            parser.error(f"no model named {args.model!r} (there are: {', '.join(m.name for m in models)})")
        models = chosen
    if args.json:
        print(json.dumps([as_json(m) for m in models], indent=1, ensure_ascii=False))
    elif args.model is not None:
        print(parts(models[0]))
    else:
        print(table(models))
    return 0


if __name__ == "__main__":
    sys.exit(main())
