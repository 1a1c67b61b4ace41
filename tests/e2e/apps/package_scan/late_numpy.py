import numpy as np  # noqa: F401
