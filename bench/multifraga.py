#!/usr/bin/env python3
"""Multifråga look-up benchmark driver (see bench/multifraga.sh and bench/README.md).

Signs in as the demo caseworker, makes WARMUP look-ups at once to warm the JVM up (argument 4,
default LOOKUPS; not counted), signs each timed look-up's caseworker in (before the clock), then starts LOOKUPS
look-ups at once (each a household of one made-up person, every source offered, the demo's fake
answering each source after its own delay) and follows each the way a browser does: it opens the
look-up's page once (the redirect after the POST), then follows every `hx-get` 0.7 s after the page
or its last answer arrived (htmx's `load delay:700ms`): the page's one request for all its pending
answers, which comes back with those that arrived and asks again for the rest, until nothing asks. Prints one RESULT line with the time per look-up as the caseworker's browser
sees it (from the POST to the last answer's fragment: median, p95, max), the failed requests, the
answers that were not "Svar", the requests made and the median time until the look-up's page
came back after the POST (page_median_s), an IDS line with the look-ups' ids (the
script reads the server's own times for them from the database), and with MF_CPU set the CPU
seconds of the given processes over the timed run (bench/multifraga_cpu.py).
"""
import concurrent.futures
import heapq
import html
import http.cookiejar
import re
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request

import multifraga_cpu

base, lookups = sys.argv[1], int(sys.argv[2])
POLL_S = 0.7  # the page's hx-trigger: load delay:700ms
WORKERS = int(sys.argv[3]) if len(sys.argv) > 3 else 48  # requests in flight at most (a browser: 6 per caseworker)
PERSONS = ["19900101-1239", "19850709-9805", "19850709-9813", "19641113-9808", "19511103-9912", "20010930-9864"]
HX_GET = re.compile(r'hx-get="([^"]+)"')
BADGE = re.compile(r'class="badge">([^<]*)<')
NOT_ANSWERED = ("Avvisad", "Fel", "Svarade inte i tid")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def new_opener():
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect())


opener = new_opener()
lock = threading.Lock()
counts = {"failed": 0, "not_answered": 0, "requests": 0}


def count(key, n=1):
    with lock:
        counts[key] += n


def request(path, fields=None, op=None):
    count("requests")
    data = urllib.parse.urlencode(fields, doseq=True).encode() if fields is not None else None
    headers = {} if fields is not None else {"HX-Request": "true"} if "/answers/" in path else {}
    try:
        with (op or opener).open(urllib.request.Request(base + path, data=data, headers=headers), timeout=60) as r:
            return r.status, r.read().decode("utf-8"), r.headers
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace"), e.headers


def csrf(html):
    m = re.search(r'name="_csrf"[^>]*value="([^"]*)"', html) or re.search(r'name="_csrf" content="([^"]*)"', html)
    return m.group(1)


def sign_in(op):
    """A caseworker's own session: 100 look-ups at once are 100 caseworkers, each signed in."""
    _, login_page, _ = request("/login", op=op)
    status, _, _ = request("/login", {"username": "borlange", "password": "sambruk-demo", "_csrf": csrf(login_page)}, op=op)
    if status not in (302, 303):
        sys.exit("sign-in failed: HTTP %s" % status)
    _, form, _ = request("/multifraga", op=op)
    return form, csrf(form)


form, token = sign_in(opener)
sources = re.findall(r'name="sources"[^>]*value="([A-Z]+)"', form) or re.findall(r'value="([A-Z]+)"[^>]*name="sources"', form)


class Follow:
    """One look-up as a browser follows it: the pending fragments and when each is due."""

    def __init__(self, i, case, session=None):
        self.i, self.case = i, case
        if session is None:
            self.op = new_opener()
            self.token = sign_in(self.op)[1]
        else:
            self.op, self.token = session
        self.posted_at = None
        self.started = None
        self.pending = set()
        self.done_at = None
        self.lookup_id = None
        self.page_at = None


queue = []  # (due, seq, follow, url)
queue_cv = threading.Condition()
seq = [0]


def schedule(follow, url, due):
    with queue_cv:
        seq[0] += 1
        heapq.heappush(queue, (due, seq[0], follow, url))
        queue_cv.notify()


def finish(follow):
    follow.done_at = time.monotonic()


def start(follow):
    follow.started = time.monotonic()
    status, _, headers = request("/multifraga/lookups", {
        "persons": PERSONS[follow.i % len(PERSONS)], "caseId": follow.case, "from": time.strftime("%Y-%m-01"),
        "to": time.strftime("%Y-%m-%d"), "sources": sources, "purpose": "Belastningsprov",
        "law": "11 kap. 11 § socialtjänstlagen (2001:453)", "_csrf": follow.token}, op=follow.op)
    follow.posted_at = time.monotonic()
    if status != 302:
        count("failed")
        follow.done_at = -1
        return
    path = urllib.parse.urlparse(headers["Location"]).path
    follow.lookup_id = int(path.rstrip("/").split("/")[-1])
    status, page, _ = request(path, op=follow.op)
    follow.page_at = time.monotonic()
    if status != 200:
        count("failed")
        follow.done_at = -1
        return
    urls = [html.unescape(u) for u in HX_GET.findall(page)]
    count("not_answered", sum(1 for b in BADGE.findall(page) if b in NOT_ANSWERED))
    if not urls:
        finish(follow)
        return
    follow.pending = set(urls)
    loaded = time.monotonic()
    for url in urls:
        schedule(follow, url, loaded + POLL_S)


def poll(follow, url):
    status, fragment, _ = request(url, op=follow.op)
    if status != 200:
        count("failed")
        follow.pending.discard(url)
        if not follow.pending:
            follow.done_at = -1
        return
    # The answers that arrived (one, or several swapped in out of band), then whoever still asks: the
    # page's one element for all pending answers asks again with those still pending, a card on its own again.
    count("not_answered", sum(1 for b in BADGE.findall(fragment) if b in NOT_ANSWERED))
    again = [html.unescape(u) for u in HX_GET.findall(fragment)]
    with lock:
        follow.pending.discard(url)
        follow.pending.update(again)
        if not follow.pending:
            finish(follow)
    for next_url in again:
        schedule(follow, next_url, time.monotonic() + POLL_S)


def worker(pool_done):
    while True:
        with queue_cv:
            while True:
                if pool_done.is_set() and not queue:
                    return
                if queue and queue[0][0] <= time.monotonic():
                    _, _, follow, url = heapq.heappop(queue)
                    break
                queue_cv.wait(timeout=0.05 if not queue else max(0.0, min(0.05, queue[0][0] - time.monotonic())))
        poll(follow, url)


def run(follows):
    done = threading.Event()
    workers = [threading.Thread(target=worker, args=(done,), daemon=True) for _ in range(WORKERS)]
    for w in workers:
        w.start()
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(follows)) as starters:
        list(starters.map(start, follows))
    while any(f.done_at is None for f in follows):
        time.sleep(0.05)
    done.set()
    with queue_cv:
        queue_cv.notify_all()
    for w in workers:
        w.join()


# Warm-up, not counted: a server in use has compiled its hot code; a cold JVM spends the timed run in
# the JIT compiler (bench/README.md, s9-mf-a). WARMUP look-ups at once (default: as many as the run),
# in the first session; then the timed run, each look-up by its own caseworker signed in before the clock.
warmups = int(sys.argv[4]) if len(sys.argv) > 4 else max(1, lookups)
if warmups > 0:
    run([Follow(i, "WARMUP-%d" % i, (opener, token)) for i in range(warmups)])
with concurrent.futures.ThreadPoolExecutor(max_workers=8) as signing:  # the sign-ins (BCrypt), before the clock
    follows = list(signing.map(lambda i: Follow(i, "BENCH-%d" % i), range(lookups)))
counts.update(failed=0, not_answered=0, requests=0)
cpu_before = multifraga_cpu.snapshot()
began = time.monotonic()
run(follows)
wall = time.monotonic() - began
cpu_after = multifraga_cpu.snapshot()
times = sorted(f.done_at - f.started for f in follows if f.done_at is not None and f.done_at >= 0)
p95 = times[max(0, int(len(times) * 0.95) - 1)] if times else float("nan")
print("IDS " + ",".join(str(f.lookup_id) for f in follows if f.lookup_id is not None))
pages = sorted(f.page_at - f.started for f in follows if f.page_at is not None)
posts = sorted(f.posted_at - f.started for f in follows if f.posted_at is not None)
print("RESULT lookups=%d sources=%d done=%d median_s=%.2f p95_s=%.2f max_s=%.2f failed=%d not_answered=%d requests=%d wall_s=%.1f"
      " post_median_s=%.2f page_median_s=%.2f" % (
    lookups, len(sources), len(times), statistics.median(times) if times else float("nan"), p95, times[-1] if times else float("nan"),
    counts["failed"], counts["not_answered"], counts["requests"], wall, statistics.median(posts) if posts else float("nan"), statistics.median(pages) if pages else float("nan")))
for line in multifraga_cpu.report(cpu_before, cpu_after, wall) if multifraga_cpu.processes() else []:
    print(line)
