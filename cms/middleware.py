"""Request middleware shared by every app: the public pages' Content-Security-Policy."""

from django.middleware.csp import ContentSecurityPolicyMiddleware

# The Wagtail admin renders inline scripts and styles that a strict policy would block.
ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class PublicContentSecurityPolicyMiddleware(ContentSecurityPolicyMiddleware):
    """Django's CSP middleware, applied to public pages and not to the admin."""

    def process_response(self, request, response):
        if request.path.startswith(ADMIN_PREFIXES):
            return response
        return super().process_response(request, response)
