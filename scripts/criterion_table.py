#!/usr/bin/env python3
"""Prints the native criterion results of `cargo bench --bench pipeline` as a Markdown table:
the median time of each benchmark and its throughput (MB/s of text, or articles per second).

Usage: criterion_table.py TARGET/criterion GROUP...  (the groups in the order to print them)
"""
import json
import os
import sys


def rows(root, group):
    """(id, median ns, throughput) of every benchmark in `group`, in the order of their sizes."""
    found = []
    for here, _, files in os.walk(os.path.join(root, group)):
        if os.path.basename(here) != "new" or "benchmark.json" not in files:
            continue
        with open(os.path.join(here, "benchmark.json")) as f:
            bench = json.load(f)
        with open(os.path.join(here, "estimates.json")) as f:
            median = json.load(f)["median"]["point_estimate"]
        found.append((bench["full_id"], median, bench.get("throughput") or {}))
    # Sizes sort as numbers: 100KB before 1MB before 10MB, 10 before 100 before 1000.
    def size(row):
        value = row[0].rsplit("/", 1)[-1]
        scale = {"KB": 1 << 10, "MB": 1 << 20}
        for unit, factor in scale.items():
            if value.endswith(unit) and value[: -len(unit)].isdigit():
                return (row[0].rsplit("/", 1)[0], int(value[: -len(unit)]) * factor)
        return (row[0].rsplit("/", 1)[0], int(value) if value.isdigit() else 0)
    return sorted(found, key=size)


def time(ns):
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    return f"{ns / 1e3:.1f} µs"


def rate(ns, throughput):
    if "Bytes" in throughput:
        return f"{throughput['Bytes'] / (1 << 20) / (ns / 1e9):.1f} MB/s"
    if "Elements" in throughput:
        return f"{throughput['Elements'] / (ns / 1e9):,.0f} articles/s"
    return ""


def main():
    root, groups = sys.argv[1], sys.argv[2:]
    print("| benchmark | time (median) | throughput |")
    print("|---|---:|---:|")
    for group in groups:
        for full_id, ns, throughput in rows(root, group):
            print(f"| {full_id} | {time(ns)} | {rate(ns, throughput)} |")


if __name__ == "__main__":
    main()
