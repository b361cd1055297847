"""Joins the jmp and CPython figures of bench/compare.sh into one table.

Usage: merge.py JMP_TSV CPYTHON_TSV... ; each CPython file is named after its start method
(fork.tsv, spawn.tsv, forkserver.tsv). Prints the comparison TSV of the contract (BENCH.md), one
line per workload: workload, jmp (its best start method), jmp_method, cpython_best,
cpython_method, unit, advantage. cpython_best is the best of CPython's start methods, except for
the workloads the contract judges against one method (JUDGED_AGAINST). Then, as comments: the
CPython figures printed but not judged (ALSO_SHOWN), every jmp method's row, the CPython figures
by start method, the judged workloads by pair of methods, and the notes both sides printed.
With the floors of the jmp workloads in the jmp file (bench/compare.sh --floors), a block of
them too: each floor beside jmp's figure of the same start method (its best one for a floor
that stands for any), jmp against the floor and the floor against CPython, both in the
advantage's direction (above 1.0, the first is better).
"""
import os
import sys

HIGHER_IS_BETTER = {"per_s", "x"}
# start_join against forkserver, CPython's default from 3.14; worker_private_mb against spawn,
# whose workers, like a JVM's, share no copy-on-write pages with their parent.
JUDGED_AGAINST = {"start_join": "forkserver", "worker_private_mb": "spawn"}
# Printed on a line of their own, not judged.
ALSO_SHOWN = {"start_join": "fork"}


def read(path, floors=None):
    """The figure lines as (name, value, unit, method) and the note lines as (name, text, method);
    floor lines, as figure lines, go to the list floors when one is given."""
    rows, notes = [], []
    with open(path) as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if parts[0] == "floor" and len(parts) >= 5:
                if floors is not None:
                    floors.append((parts[1], parts[2], parts[3], parts[4]))
            elif parts[0] == "#" and len(parts) >= 3:
                notes.append((parts[1], parts[2], parts[3] if len(parts) > 3 else "-"))
            elif len(parts) >= 3:
                rows.append((parts[0], parts[1], parts[2], parts[3] if len(parts) > 3 else "-"))
    return rows, notes


def number(text):
    try:
        return float(text)
    except ValueError:
        return None


def better(a, b, unit):
    """Whether figure a beats figure b (None loses)."""
    if a is None:
        return False
    return b is None or (a > b if unit in HIGHER_IS_BETTER else a < b)


def advantage(mine, theirs, unit):
    if mine is None or theirs is None or mine == 0 or theirs == 0:
        return "n/a"
    return f"{(mine / theirs) if unit in HIGHER_IS_BETTER else (theirs / mine):.2f}"


def fmt(value):
    return "n/a" if value is None else f"{value:.2f}"


def reference(name, unit, cpython):
    """The CPython figure a jmp figure is judged against, and its start method."""
    if name in JUDGED_AGAINST:
        method = JUDGED_AGAINST[name]
        return cpython.get(method, {}).get(name), method
    best, best_method = None, "-"
    for method, figures in cpython.items():
        if better(figures.get(name), best, unit):
            best, best_method = figures.get(name), method
    return best, best_method


def row(name, value, method, unit, cpython):
    mine = number(value)
    theirs, their_method = reference(name, unit, cpython)
    return (f"{name}\t{value}\t{method if mine is not None else '-'}\t{fmt(theirs)}\t{their_method}"
            f"\t{unit}\t{advantage(mine, theirs, unit)}")


def main():
    floors = []
    jmp, jmp_notes = read(sys.argv[1], floors)
    cpython, cpython_notes = {}, []
    for path in sys.argv[2:]:
        method = os.path.basename(path).rsplit(".", 1)[0]
        rows, notes = read(path)
        cpython[method] = {name: number(value) for name, value, _, _ in rows}
        cpython_notes += [(name, text, method) for name, text, _ in notes]

    best = {}
    for name, value, unit, method in jmp:
        if name not in best or better(number(value), number(best[name][0]), unit):
            best[name] = (value, unit, method)
    print("workload\tjmp\tjmp_method\tcpython_best\tcpython_method\tunit\tadvantage")
    for name, (value, unit, method) in best.items():
        print(row(name, value, method, unit, cpython))

    for name, method in ALSO_SHOWN.items():
        if name in best:
            value, unit, jmp_method = best[name]
            theirs = cpython.get(method, {}).get(name)
            print(f"# {name} against CPython's {method} (printed, not judged): {fmt(theirs)} {unit}, "
                  f"advantage {advantage(number(value), theirs, unit)} ({jmp_method} {value} {unit})")

    print()
    print("# every jmp method")
    for name, value, unit, method in jmp:
        print("# " + row(name, value, method, unit, cpython))

    print()
    print("# CPython by start method")
    print("# " + "\t".join(["workload"] + list(cpython) + ["unit"]))
    for name, (_, unit, _) in best.items():
        print("# " + "\t".join([name] + [fmt(figures.get(name)) for figures in cpython.values()] + [unit]))

    for name in JUDGED_AGAINST:
        methods = [(method, number(value), unit) for n, value, unit, method in jmp if n == name]
        if methods:
            print()
            print(f"# {name} by start method: jmp figure, then advantage against each CPython method")
            print("# " + "\t".join([name, "jmp"] + [f"vs_{m} ({fmt(cpython[m].get(name))})" for m in cpython]))
            for method, mine, unit in methods:
                print("# " + "\t".join([method, fmt(mine)]
                                       + [advantage(mine, cpython[m].get(name), unit) for m in cpython]))

    if floors:
        print()
        print("# floors: the same work by a plain JDK program over jmp's OS mechanism (bench/.../floor), same run")
        print("# workload\tjmp\tjmp_method\tfloor\tfloor_method\tcpython_best\tcpython_method\tunit"
              "\tjmp_vs_floor\tfloor_vs_cpython")
        for name, value, unit, method in floors:
            mine = [(v, m) for n, v, _, m in jmp if n == name and m == method]
            value_jmp, method_jmp = mine[0] if mine else (best.get(name, ("n/a", unit, "-"))[0], best.get(name, ("", "", "-"))[2])
            theirs, their_method = reference(name, unit, cpython)
            print(f"# {name}\t{value_jmp}\t{method_jmp}\t{value}\t{method}\t{fmt(theirs)}\t{their_method}\t{unit}"
                  f"\t{advantage(number(value_jmp), number(value), unit)}\t{advantage(number(value), theirs, unit)}")

    if jmp_notes or cpython_notes:
        print()
        print("# notes")
        for name, text, method in jmp_notes:
            print(f"# jmp {method}: {name} {text}")
        for name, text, method in cpython_notes:
            print(f"# cpython {method}: {name} {text}")


if __name__ == "__main__":
    main()
