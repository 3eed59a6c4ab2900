#!/bin/sh
# Retrains the entity tagger on the GermEval 2014 test split (never on dev, which
# tests/bench_germeval.rs scores) and writes src/mentions/entities/entity_model.bin.
# Add --holdout to score a held-out tenth of the training data instead of writing the model.
set -e
cd "$(dirname "$0")/.."
cargo run --release --example train_entities -- \
    tests/fixtures/germeval2014/test.coarse.conll src/mentions/entities/entity_model.bin "$@"
