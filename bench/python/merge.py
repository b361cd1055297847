"""Joins the jmp and CPython figures of bench/compare.sh into one table.

Usage: merge.py JMP_TSV CPYTHON_TSV... ; each CPython file is named after its start method
(fork.tsv, spawn.tsv, forkserver.tsv). Prints the comparison TSV described in BENCH.md:
workload, jmp, jmp_method, cpython_best, cpython_method, unit, advantage.
"""
import os
import sys

HIGHER_IS_BETTER = {"per_s", "x"}


def read(path):
    rows = {}
    with open(path) as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3:
                rows[parts[0]] = parts[1:]
    return rows


def number(text):
    try:
        return float(text)
    except ValueError:
        return None


def main():
    jmp = read(sys.argv[1])
    cpython = {os.path.basename(p).rsplit(".", 1)[0]: read(p) for p in sys.argv[2:]}
    print("workload\tjmp\tjmp_method\tcpython_best\tcpython_method\tunit\tadvantage")
    for name, (value, unit, *rest) in jmp.items():
        method = rest[0] if rest else "-"
        higher = unit in HIGHER_IS_BETTER
        best, best_method = None, "-"
        for cp_method, rows in cpython.items():
            v = number(rows.get(name, ["n/a"])[0])
            if v is not None and (best is None or (v > best if higher else v < best)):
                best, best_method = v, cp_method
        mine = number(value)
        if mine is None or best is None or mine == 0 or best == 0:
            advantage = "n/a"
        else:
            advantage = f"{(mine / best) if higher else (best / mine):.2f}"
        shown_best = "n/a" if best is None else f"{best:.2f}"
        print(f"{name}\t{value}\t{method if mine is not None else '-'}\t{shown_best}\t{best_method}\t{unit}\t{advantage}")


if __name__ == "__main__":
    main()
