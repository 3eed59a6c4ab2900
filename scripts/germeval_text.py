#!/usr/bin/env python3
"""Writes the sentences of GermEval 2014 (tests/fixtures, test and dev) as plain text, one a line,
the tokens joined by spaces as the evaluation reads them (tests/common/germeval.rs): text that does
not repeat itself, for the bench page (benches/pipeline.rs builds the same text natively).

Usage: germeval_text.py OUT
"""
import pathlib
import sys


def sentences(path):
    tokens = []
    for row in path.read_text(encoding="utf-8").splitlines() + [""]:
        if row.startswith("#"):
            continue
        if row.strip():
            tokens.append(row.split("\t")[0])
        elif tokens:
            yield " ".join(tokens)
            tokens = []


def main():
    fixtures = pathlib.Path(__file__).resolve().parent.parent / "tests/fixtures/germeval2014"
    lines = [s for split in ("test", "dev") for s in sentences(fixtures / f"{split}.coarse.conll")]
    pathlib.Path(sys.argv[1]).write_text("".join(s + "\n" for s in lines), encoding="utf-8")


if __name__ == "__main__":
    main()
