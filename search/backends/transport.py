"""A transport node speaking plain JSON, for servers (like osmem) that refuse the vendor media type."""

from elastic_transport import HttpHeaders, Urllib3HttpNode


class PlainJsonNode(Urllib3HttpNode):
    """Sends `application/json` (or ndjson for bulk) instead of `application/vnd.elasticsearch+json`."""

    def perform_request(self, method, target, body=None, headers=None, **kwargs):
        plain = HttpHeaders(headers or {})
        for name in ("accept", "content-type"):
            value = plain.get(name)
            if value and "vnd.elasticsearch" in value:
                plain[name] = "application/x-ndjson" if "x-ndjson" in value else "application/json"
        return super().perform_request(method, target, body=body, headers=plain, **kwargs)
