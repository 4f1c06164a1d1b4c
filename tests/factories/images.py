"""Images with a real JPEG file, larger than any slot, so pages must serve renditions."""

import io

import factory
import wagtail_factories
from PIL import Image as PILImage
from PIL import ImageDraw

from django.core.files.images import ImageFile


def counters_jpeg(size=(1600, 900), name="mpp-counters.jpg"):
    """A JPEG (`size` in pixels) of service counters drawn in the site's colours, as a Django file."""
    picture = PILImage.new("RGB", size, (11, 79, 108))
    draw = ImageDraw.Draw(picture)
    for x in range(0, size[0], 80):
        draw.rectangle([x, size[1] // 2, x + 60, size[1] - 40], fill=(242, 246, 248))
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=85)
    return ImageFile(buffer, name=name)


class PhotoFactory(wagtail_factories.ImageFactory):
    """A Wagtail image of service counters, 1600×900 px unless `file=counters_jpeg(size)`."""

    title = "Mal Pelayanan Publik"
    file = factory.LazyFunction(counters_jpeg)
