"""A script of the app's folder that the app never imports: its packages are not loaded."""
import sklearn  # noqa: F401
import numpy  # noqa: F401
