"""CPU accounting for bench/multifraga.py: CPU seconds per process and per thread group over the timed run.

Processes are given as NAME=PID (env MF_CPU, e.g. "app=123 fakes=456 db=789"): a JVM is split by its
threads' names (/proc/<pid>/task/*/comm, 15 characters), a database postmaster is counted with its
children (the backends). The driver's own CPU is counted too. Linux only; nothing is printed when
MF_CPU is unset.
"""
import os
import re

TICK = os.sysconf("SC_CLK_TCK")
GROUPS = [
    ("tomcat", re.compile(r"^http-nio-")),
    ("lookup-pool", re.compile(r"^multifraga-")),
    ("fakes", re.compile(r"^(ssbtek-fake|lefi-fake|HTTP-Dispatcher|mf-fake)")),
    ("http-client", re.compile(r"^HttpClient-")),
    ("gc", re.compile(r"^(GC Thread|G1 |GC |VM Periodic)")),
    ("vm", re.compile(r"^VM Thread")),
    ("jit", re.compile(r"^C[12] Compiler")),
    ("db-pool", re.compile(r"^(Hikari|hikari)")),
]


def _cpu(path):
    try:
        with open(path) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICK  # utime, stime
    except (OSError, IndexError):
        return 0.0


def _comm(path):
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return "?"


def _children(pid):
    kids = []
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                with open("/proc/%s/stat" % p) as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                        kids.append(int(p))
            except (OSError, IndexError, ValueError):
                pass
    return kids


def processes():
    spec = os.environ.get("MF_CPU", "").split()
    return [(name, int(pid)) for name, pid in (s.split("=", 1) for s in spec if "=" in s)]


def snapshot():
    """{process: {"total": s, "threads": {tid: (comm, s)}, "children": s}} and the driver's own CPU."""
    snap = {}
    for name, pid in processes():
        threads = {}
        try:
            tids = os.listdir("/proc/%d/task" % pid)
        except OSError:
            tids = []
        for tid in tids:
            threads[tid] = (_comm("/proc/%d/task/%s/comm" % (pid, tid)), _cpu("/proc/%d/task/%s/stat" % (pid, tid)))
        children = sum(_cpu("/proc/%d/stat" % c) for c in _children(pid)) if name.startswith("db") else 0.0
        snap[name] = {"total": _cpu("/proc/%d/stat" % pid), "threads": threads, "children": children}
    t = os.times()
    snap["driver"] = {"total": t.user + t.system, "threads": {}, "children": 0.0}
    return snap


def report(before, after, wall, cores=None):
    """Lines CPU ...: each process's CPU seconds over the run and its groups, against cores x wall."""
    cores = cores or os.cpu_count()
    lines = ["CPU wall_s=%.1f cores=%d available_cpu_s=%.1f" % (wall, cores, wall * cores)]
    everything = 0.0
    for name in after:
        a, b = after[name], before.get(name, {"total": 0.0, "threads": {}, "children": 0.0})
        total = a["total"] - b["total"] + (a["children"] - b["children"])
        everything += total
        groups = {}
        for tid, (comm, s) in a["threads"].items():
            used = s - b["threads"].get(tid, (comm, 0.0))[1]
            group = next((g for g, rx in GROUPS if rx.search(comm)), "other")
            groups[group] = groups.get(group, 0.0) + used
        seen = sum(groups.values())
        if a["threads"]:
            groups["exited-threads"] = max(0.0, a["total"] - b["total"] - seen)
        if a["children"] or b["children"]:
            groups["backends"] = a["children"] - b["children"]
        detail = " ".join("%s=%.1f" % (g, s) for g, s in sorted(groups.items(), key=lambda x: -x[1]) if s >= 0.05)
        lines.append("CPU %s cpu_s=%.1f share=%.0f%% %s" % (name, total, 100 * total / (wall * cores), detail))
    lines.append("CPU all cpu_s=%.1f share=%.0f%%" % (everything, 100 * everything / (wall * cores)))
    return lines
