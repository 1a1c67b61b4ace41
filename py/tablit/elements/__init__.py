"""Non-widget elements: one family per module.

Importing a module registers its commands with :func:`tablit.delta_generator.command`;
the core never imports a family.
"""

from . import alerts, json, text, write, form, layout, misc, table  # noqa: F401
from . import dataframes  # noqa: F401
from . import badge, chat, containers, effects, grid, html, latex, metric, skeleton, status  # noqa: F401
from . import charts  # noqa: F401
from . import help  # noqa: F401
from . import media  # noqa: F401
from . import image  # noqa: F401
