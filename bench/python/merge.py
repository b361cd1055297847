"""Joins the jmp and CPython figures of bench/compare.sh into one table.

Usage: merge.py JMP_TSV CPYTHON_TSV... ; each CPython file is named after its start method
(fork.tsv, spawn.tsv, forkserver.tsv). Prints the comparison TSV described in BENCH.md:
workload, jmp, jmp_method, cpython_best, cpython_method, unit, advantage; a workload jmp measures
under several start methods (start_join) has a row per method. Then, for those workloads, every
jmp method against every CPython method.
"""
import os
import sys

HIGHER_IS_BETTER = {"per_s", "x"}


def read_rows(path):
    """Every line as (name, value, unit, method), in file order."""
    rows = []
    with open(path) as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3:
                rows.append((parts[0], parts[1], parts[2], parts[3] if len(parts) > 3 else "-"))
    return rows


def number(text):
    try:
        return float(text)
    except ValueError:
        return None


def advantage(mine, theirs, unit):
    if mine is None or theirs is None or mine == 0 or theirs == 0:
        return "n/a"
    return f"{(mine / theirs) if unit in HIGHER_IS_BETTER else (theirs / mine):.2f}"


def main():
    jmp = read_rows(sys.argv[1])
    cpython = {}
    for path in sys.argv[2:]:
        method = os.path.basename(path).rsplit(".", 1)[0]
        cpython[method] = {name: number(value) for name, value, _, _ in read_rows(path)}
    print("workload\tjmp\tjmp_method\tcpython_best\tcpython_method\tunit\tadvantage")
    for name, value, unit, method in jmp:
        higher = unit in HIGHER_IS_BETTER
        best, best_method = None, "-"
        for cp_method, figures in cpython.items():
            v = figures.get(name)
            if v is not None and (best is None or (v > best if higher else v < best)):
                best, best_method = v, cp_method
        mine = number(value)
        shown_best = "n/a" if best is None else f"{best:.2f}"
        print(f"{name}\t{value}\t{method if mine is not None else '-'}\t{shown_best}\t{best_method}\t{unit}"
              f"\t{advantage(mine, best, unit)}")

    methods_of = {}
    for name, value, unit, method in jmp:
        methods_of.setdefault(name, []).append((method, number(value), unit))
    for name, methods in methods_of.items():
        if len(methods) < 2:
            continue
        cp_methods = list(cpython)
        print()
        print(f"# {name} by start method: jmp figure, then advantage against each CPython method")
        print("\t".join([f"{name}", "jmp"] + [f"vs_{m} ({fmt(cpython[m].get(name))})" for m in cp_methods]))
        for method, mine, unit in methods:
            print("\t".join([method, fmt(mine)] + [advantage(mine, cpython[m].get(name), unit) for m in cp_methods]))


def fmt(value):
    return "n/a" if value is None else f"{value:.2f}"


if __name__ == "__main__":
    main()
