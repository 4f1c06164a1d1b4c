"""The JSON search API, outside the language prefix: /api/search/."""

from django.urls import path

from . import views

urlpatterns = [
    path("api/search/", views.search_api, name="search_api"),
]
