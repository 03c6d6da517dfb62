#!/usr/bin/env python3
"""Multifråga look-up benchmark driver (see bench/multifraga.sh and bench/README.md).

Signs in as the demo caseworker, then starts LOOKUPS look-ups at once (each a household of one
made-up person, every source offered, the demo's fake answering each source after its own delay)
and polls each look-up's page until no answer is pending. Prints one RESULT line with the time
per look-up (from the POST to the last answer: median, p95, max), the failed requests and the
answers that were not "Svar".
"""
import concurrent.futures
import http.cookiejar
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request

base, lookups = sys.argv[1], int(sys.argv[2])
PERSONS = ["19900101-1239", "19850709-9805", "19850709-9813", "19641113-9808", "19511103-9912", "20010930-9864"]


def session():
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())
    return opener


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def get(opener, path):
    try:
        with opener.open(base + path, timeout=30) as r:
            return r.status, r.read().decode("utf-8"), r.headers
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace"), e.headers


def post(opener, path, fields):
    data = urllib.parse.urlencode(fields, doseq=True).encode()
    try:
        with opener.open(urllib.request.Request(base + path, data=data), timeout=30) as r:
            return r.status, r.read().decode("utf-8"), r.headers
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace"), e.headers


def csrf(html):
    m = re.search(r'name="_csrf"[^>]*value="([^"]*)"', html) or re.search(r'name="_csrf" content="([^"]*)"', html)
    return m.group(1)


opener = session()
_, login_page, _ = get(opener, "/login")
status, _, _ = post(opener, "/login", {"username": "borlange", "password": "sambruk-demo", "_csrf": csrf(login_page)})
if status not in (302, 303):
    sys.exit("sign-in failed: HTTP %s" % status)
_, form, _ = get(opener, "/multifraga")
sources = re.findall(r'name="sources"[^>]*value="([A-Z]+)"', form) or re.findall(r'value="([A-Z]+)"[^>]*name="sources"', form)
token = csrf(form)
failed = 0
not_answered = 0


def one(i):
    global failed, not_answered
    started = time.monotonic()
    status, _, headers = post(opener, "/multifraga/lookups", {
        "persons": PERSONS[i % len(PERSONS)], "caseId": "BENCH-%d" % i, "from": time.strftime("%Y-%m-01"), "to": time.strftime("%Y-%m-%d"),
        "sources": sources, "purpose": "Belastningsprov", "law": "11 kap. 11 § socialtjänstlagen (2001:453)", "_csrf": token})
    if status != 302:
        failed += 1
        return None
    path = urllib.parse.urlparse(headers["Location"]).path
    while True:
        status, page, _ = get(opener, path)
        if status != 200:
            failed += 1
            return None
        if "hx-get" not in page:
            not_answered += page.count('class="badge">') - page.count('class="badge">Svar<')
            return time.monotonic() - started
        time.sleep(0.1)


with concurrent.futures.ThreadPoolExecutor(max_workers=lookups) as pool:
    times = [t for t in pool.map(one, range(lookups)) if t is not None]
times.sort()
p95 = times[max(0, int(len(times) * 0.95) - 1)] if times else float("nan")
print("RESULT lookups=%d sources=%d done=%d median_s=%.2f p95_s=%.2f max_s=%.2f failed=%d not_answered=%d" % (
    lookups, len(sources), len(times), statistics.median(times) if times else float("nan"), p95, times[-1] if times else float("nan"),
    failed, not_answered))
