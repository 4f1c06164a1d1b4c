"""A small HTTP load generator: N connections GET a list of paths for a bounded time or request count."""

import http.client
import statistics
import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    requests: int
    errors: int
    seconds: float
    latencies: tuple  # seconds, one per successful request

    @property
    def per_second(self):
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, fraction):
        if not self.latencies:
            return float("nan")
        if len(self.latencies) == 1:
            return self.latencies[0]
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[round(fraction * 100) - 1]


def run(host, port, paths, connections, seconds, max_requests=None, timeout=30):
    """Drive `paths` round-robin from `connections` threads; each keeps one HTTP connection.

    Stops after `seconds`, or once `max_requests` have been sent, whichever comes first.
    A response other than 200 counts as an error (and its latency is left out).
    """
    deadline = time.monotonic() + seconds
    lock = threading.Lock()
    sent = [0]
    latencies, errors = [], [0]

    def take_ticket():
        with lock:
            if max_requests is not None and sent[0] >= max_requests:
                return None
            sent[0] += 1
            return sent[0]

    def worker(offset):
        connection = http.client.HTTPConnection(host, port, timeout=timeout)
        mine, failed = [], 0
        index = offset
        while time.monotonic() < deadline:
            if take_ticket() is None:
                break
            path = paths[index % len(paths)]
            index += 1
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers={"Accept-Language": "id"})
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection(host, port, timeout=timeout)
                ok = False
            if ok:
                mine.append(time.perf_counter() - started)
            else:
                failed += 1
        connection.close()
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(i * 7,), daemon=True) for i in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    return Result(
        requests=len(latencies), errors=errors[0], seconds=elapsed, latencies=tuple(sorted(latencies))
    )
