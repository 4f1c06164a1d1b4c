"""The MPP tracker: official codes, counts by status and province, map, sorting, bad input, CSV import."""

import datetime

import pytest

from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from cms.models import MPPStatus
from practices import areas
from practices.importer import import_statuses
from practices.models import Area
from tests.factories.practices import AreaFactory, NationalCountFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tracker_url():
    with translation.override("id"):
        return reverse("practices:tracker")


@pytest.fixture
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def loaded():
    areas.load()


def test_load_areas_loads_38_provinces_and_514_regencies_and_cities(capsys):
    call_command("load_areas")
    call_command("load_areas")

    assert Area.objects.filter(kind="province").count() == 38
    assert Area.objects.filter(kind="regency").count() == 416
    assert Area.objects.filter(kind="city").count() == 98
    assert Area.objects.get(code="35.10").name == "Kabupaten Banyuwangi"
    assert Area.objects.get(code="35.10").province.name == "Jawa Timur"
    assert capsys.readouterr().out.splitlines() == [
        "areas: 552 created, 0 renamed",
        "areas: 0 created, 0 renamed",
    ]


def test_load_areas_keeps_statuses():
    areas.load()
    Area.objects.filter(code="35.10").update(mpp_status=MPPStatus.OPERATING)

    areas.load()

    assert Area.objects.get(code="35.10").mpp_status == MPPStatus.OPERATING


def test_tracker_counts_by_status_and_province(client, tracker_url, loaded):
    Area.objects.filter(code__in=["35.10", "35.78", "21.71"]).update(mpp_status=MPPStatus.OPERATING)
    NationalCountFactory(count=207, as_of=datetime.date(2024, 7, 1), source="KemenPANRB")
    NationalCountFactory(count=305, as_of=datetime.date(2025, 12, 20), source="KemenPANRB")

    response = client.get(tracker_url)

    tracker = response.context["tracker"]
    content = response.content.decode()
    assert response.status_code == 200
    assert tracker.area_total == 514
    assert tracker.totals == {MPPStatus.OPERATING: 3, MPPStatus.NONE: 511}
    jatim = next(row for row in tracker.provinces if row.area.code == "35")
    assert (jatim.total, jatim.operating) == (38, 2)
    assert content.count("<rect ") == 38
    assert '<p class="indicator-figure">305</p>' in content
    assert "ODbL 1.0" in content


def test_tracker_filters_a_province_and_sorts(client, tracker_url, loaded):
    Area.objects.filter(code="35.78").update(mpp_status=MPPStatus.OPERATING)

    response = client.get(tracker_url, {"province": "35", "sort": "status"})

    listed = response.context["tracker"].areas
    assert len(listed) == 38
    assert listed[0].name == "Kota Surabaya"
    assert "<caption>38 " in response.content.decode()


def test_tracker_lists_every_regency_and_city(client, tracker_url, loaded):
    response = client.get(tracker_url, {"province": "all"})

    assert len(response.context["tracker"].areas) == 514


@pytest.mark.parametrize(
    "params", [{"province": "abc"}, {"sort": "colour"}, {"province": "35", "sort": "share"}]
)
def test_tracker_bad_parameters_give_400(client, tracker_url, loaded, params):
    response = client.get(tracker_url, params)

    assert response.status_code == 400
    assert response.context["tracker_error"] != ""


def test_tracker_unknown_province_is_404(client, tracker_url, loaded):
    assert client.get(tracker_url, {"province": "99"}).status_code == 404


@pytest.mark.query_count("practices:tracker")
def test_tracker_query_count_is_constant(client, tracker_url, django_assert_max_num_queries):
    counts = []
    for total in (1, 3, 50):
        AreaFactory.create_batch(total - (0, 1, 3)[len(counts)])
        client.get(tracker_url)
        with django_assert_max_num_queries(12) as captured:
            response = client.get(tracker_url, {"province": "all"})
        assert response.status_code == 200
        counts.append(len(captured))
    areas.load()
    client.get(tracker_url)
    with django_assert_max_num_queries(12) as captured:
        client.get(tracker_url, {"province": "all"})
    counts.append(len(captured))

    assert counts[0] == counts[1] == counts[2] == counts[3]


def test_import_applies_valid_rows(loaded):
    report = import_statuses(
        "code,mpp_status,mpp_opened_on,updated_on\n35.10,operating,2017-02-24,2025-12-20\n21.71,planned,,\n"
    )

    assert (report.errors, report.applied) == ([], 2)
    area = Area.objects.get(code="35.10")
    assert (area.mpp_status, area.mpp_opened_on) == (MPPStatus.OPERATING, datetime.date(2017, 2, 24))


def test_import_with_a_bad_row_applies_nothing_and_names_each_line(loaded, english):
    report = import_statuses(
        b"code,mpp_status,mpp_opened_on\n35.10,operating,\n99.99,operating,\n21.71,open,2017-13-01\n35.10,planned,\n"
    )

    assert report.applied == 0
    assert report.errors == [
        (3, "Unknown area code “99.99”."),
        (4, "Unknown status “open”: use one of operating, under_construction, planned, none."),
        (4, "mpp_opened_on “2017-13-01” is not a date like 2024-07-01."),
        (5, "Code 35.10 is already on line 2."),
    ]
    assert Area.objects.get(code="35.10").mpp_status == MPPStatus.NONE


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfe", "The file is not UTF-8 text."),
        ("name,status\n", "The header lacks the column(s): code, mpp_status."),
    ],
)
def test_import_refuses_unreadable_files(loaded, english, data, message):
    assert import_statuses(data).errors == [(1, message)]


def test_import_command_fails_without_applying(tmp_path, loaded):
    path = tmp_path / "status.csv"
    path.write_text("code,mpp_status\n35.10,operating\n35.78,wrong\n", encoding="utf-8")

    with pytest.raises(Exception, match="1 error"):
        call_command("import_mpp_status", str(path))

    assert Area.objects.get(code="35.10").mpp_status == MPPStatus.NONE


def test_tracker_csv_exports_every_area_in_the_import_format(client, loaded):
    Area.objects.filter(code="35.10").update(
        mpp_status=MPPStatus.OPERATING, mpp_opened_on=datetime.date(2017, 2, 24)
    )
    with translation.override("id"):
        url = reverse("practices:tracker_csv")

    response = client.get(url)

    lines = response.content.decode().splitlines()
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert len(lines) == 553
    assert lines[0] == "code,name,kind,mpp_status,mpp_opened_on,updated_on"
    assert "35.10,Kabupaten Banyuwangi,regency,operating,2017-02-24," in lines
    assert import_statuses(response.content).errors == []
    assert client.head(url).status_code == 200
