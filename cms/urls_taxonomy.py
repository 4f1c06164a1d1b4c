"""Public pages of the taxonomy: one listing and one detail page per kind, in every language."""

from django.urls import path

from cms import views

app_name = "taxonomy"

urlpatterns = [
    path("regions/", views.RegionListView.as_view(), name="region_list"),
    path("regions/<slug:slug>/", views.RegionDetailView.as_view(), name="region"),
    path("institutions/", views.InstitutionListView.as_view(), name="institution_list"),
    path("institutions/<slug:slug>/", views.InstitutionDetailView.as_view(), name="institution"),
    path("people/", views.PersonListView.as_view(), name="person_list"),
    path("people/<slug:slug>/", views.PersonDetailView.as_view(), name="person"),
    path("countries/<slug:slug>/", views.CountryDetailView.as_view(), name="country"),
    path("pillars/", views.PillarListView.as_view(), name="pillar_list"),
    path("pillars/<slug:slug>/", views.PillarDetailView.as_view(), name="pillar"),
    path("life-journey/<slug:slug>/", views.StageDetailView.as_view(), name="stage"),
]
