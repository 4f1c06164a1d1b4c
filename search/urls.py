"""Public search pages; filled in by the search app."""

app_name = "search"

urlpatterns = []
