"""The JSON search API, outside the language prefix."""

urlpatterns = []
