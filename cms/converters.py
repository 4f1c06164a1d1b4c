"""Path converters every app's URLs share; importing this module registers them.

`<id:pk>`: a row id, 1 to 18 digits, so always below 2**63. A larger number cannot be a
row: it is a 404 for every URL that takes an id, where `<int:…>` would hand the database a
number it cannot bind (SQLite raises OverflowError, a 500).
"""

from django.urls import register_converter


class RowIdConverter:
    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(RowIdConverter, "id")
